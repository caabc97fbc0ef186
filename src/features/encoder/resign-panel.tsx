import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { summarizeChanges } from '@/jwt/claim-changes-text';
import type { ResignHandoff } from '@/lib/handoff';
import type { EncoderState } from './use-encoder-state';
import { useResign } from './use-resign';
import { ResignKeyStatus } from './resign-key-status';

interface ResignPanelProps {
  readonly original: ResignHandoff;
  readonly state: EncoderState;
  readonly onGenerate: () => Promise<string | null>;
}

/**
 * The encoder opened by the debugger's "Edit and re-sign": what changed since the original (live),
 * whether the signing key is the original's, and a way back to the original's JSON.
 */
export function ResignPanel({ original, state, onGenerate }: ResignPanelProps) {
  const { outcome } = state;
  const view = useResign(original, state.headerText, state.payloadText, outcome);
  const summary = summarizeChanges({
    changes: view.changes,
    identical: view.identical,
    busy: state.busy,
    asTyped: state.mode === 'as-typed',
    exact: original.exact,
    sameKey: view.keyMatch === 'match' ? true : view.keyMatch === 'other' ? false : null,
    alg: outcome.alg,
  });
  const edited = state.headerText !== original.headerText || state.payloadText !== original.payloadText;
  const restore = () => {
    state.setHeaderText(original.headerText);
    state.setPayloadText(original.payloadText);
  };
  return (
    <Paper
      component="section"
      aria-labelledby="resign-title"
      sx={{ p: 2, borderLeft: 4, borderLeftColor: 'primary.main' }}
    >
      <Stack spacing={1.5}>
        <Box>
          <Typography id="resign-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
            Editing a token from the debugger
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Its header and payload are below exactly as they were signed. Change what you need, then “Open in
            debugger” takes the new token and its key back to be verified.
          </Typography>
        </Box>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          sx={{ gap: 1, alignItems: { sm: 'flex-start' }, justifyContent: 'space-between' }}
        >
          <Typography role="status" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {summary}
          </Typography>
          <Button size="small" variant="outlined" disabled={!edited} onClick={restore} sx={{ flexShrink: 0 }}>
            Undo all changes
          </Button>
        </Stack>
        <ResignKeyStatus
          original={original}
          keyMatch={view.keyMatch}
          keyUnchanged={state.keyText === state.startKeyText}
          alg={outcome.alg}
          onGenerate={onGenerate}
        />
        {original.notes.map((note) => (
          <Typography key={note} variant="body2" sx={{ color: 'text.secondary' }}>
            {note}
          </Typography>
        ))}
      </Stack>
    </Paper>
  );
}
