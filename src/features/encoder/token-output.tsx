import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import OpenInNewIcon from '@mui/icons-material/ManageSearch';
import { CopyButton } from '@/components/copy-button/copy-button';
import { ColoredToken } from '@/components/token-view/colored-token';
import type { EncodeOutcome } from '@/jwt/encode-token';
import type { JsonSerializationMode } from '@/jwt/serialize-json';
import { SelectField } from '@/components/native-field/select-field';

const MODES: Record<JsonSerializationMode, string> = {
  compact: 'Compact JSON (no spaces)',
  pretty: 'Pretty JSON (2-space indent)',
  'as-typed': 'Exactly as typed',
};
const MODE_OPTIONS = (Object.keys(MODES) as JsonSerializationMode[]).map((value) => ({
  value,
  label: MODES[value],
}));

interface TokenOutputProps {
  readonly outcome: EncodeOutcome;
  readonly busy: boolean;
  readonly mode: JsonSerializationMode;
  readonly onModeChange: (mode: JsonSerializationMode) => void;
  readonly onOpenInDebugger: () => void;
}

/** The signed token (stable hook `encoder-token`), coloured by segment, with copy and "open in debugger". */
export function TokenOutput({ outcome, busy, mode, onModeChange, onOpenInDebugger }: TokenOutputProps) {
  const token = outcome.signed?.token ?? '';
  return (
    <Paper component="section" aria-labelledby="token-title" sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography id="token-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700, flex: 1 }}>
          Signed token {outcome.alg && `(${outcome.alg})`}
        </Typography>
        <CopyButton text={token} label="Copy token" />
        <Button
          size="small"
          variant="contained"
          startIcon={<OpenInNewIcon />}
          disabled={token === ''}
          onClick={onOpenInDebugger}
        >
          Open in debugger
        </Button>
      </Stack>
      <Box aria-live="polite" aria-busy={busy}>
        {token !== '' ? (
          <ColoredToken token={token} testId="encoder-token" label="Signed token" />
        ) : (
          <Typography
            data-testid="encoder-token"
            sx={{ color: 'text.secondary', p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }}
          >
            {busy ? 'Signing…' : 'No token: fix the problems shown beside the header, payload or key.'}
          </Typography>
        )}
      </Box>
      <SelectField
        id="serialization"
        label="Serialize header and payload as"
        value={mode}
        options={MODE_OPTIONS}
        onChange={onModeChange}
        sx={{ mt: 2, maxWidth: 320 }}
      />
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
        The signature covers the exact bytes of the encoded header and payload (RFC 7515 §5.1), so whitespace
        and key order change it even when the JSON means the same.
      </Typography>
    </Paper>
  );
}
