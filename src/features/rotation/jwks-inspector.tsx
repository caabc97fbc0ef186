import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { CopyButton } from '@/components/copy-button/copy-button';
import { formatKeyCount } from '@/rotation/jwks-inspect-summary';
import { JwksKeyList } from './jwks-key-list';
import { JwksProblems } from './jwks-problems';
import { JwksTextField } from './jwks-text-field';
import { makeLeakyJwks } from './leaky-example';
import { useJwksInspection } from './use-jwks-inspection';

interface JwksInspectorProps {
  /** The simulated verifier's public JWKS, offered as a starting point. */
  readonly verifierJwks: string | null;
  /** Opens the debugger with this key text (and the latest simulated token, if any). */
  readonly onOpen: (keyText: string) => void;
}

/** Characters of the cleaned set shown; the rest is copied, not rendered. */
const PREVIEW_CHARS = 20_000;

/** Paste a JWKS: its keys, thumbprints and problems, and the cleaned public set to publish. */
export function JwksInspector({ verifierJwks, onOpen }: JwksInspectorProps) {
  const [text, setText] = useState('');
  // A huge pasted set lives here instead of in the textarea (see JwksTextField).
  const [held, setHeld] = useState<string | null>(null);
  const input = held ?? text;
  const { result, pending } = useJwksInspection(input);
  const cleaned = result?.ok ? result.value.cleaned : null;
  const summary = result?.ok ? result.value.summary : null;
  const replaceText = (next: string) => {
    setHeld(null);
    setText(next);
  };
  // Megabytes of text in one <pre> take seconds to lay out; the copy button still copies it all.
  const preview =
    cleaned && cleaned.length > PREVIEW_CHARS ? `${cleaned.slice(0, PREVIEW_CHARS)}\n…` : cleaned;
  return (
    <Paper component="section" aria-labelledby="inspector-title" sx={{ p: 2, minWidth: 0 }}>
      <Typography id="inspector-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        JWKS inspector
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
        Paste the JWK Set you publish (or plan to). It is read in this page only. Every key gets its
        thumbprint, and anything that must not be public is flagged.
      </Typography>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', mb: 1.5 }}>
        <Button
          size="small"
          variant="outlined"
          disabled={verifierJwks === null}
          onClick={() => verifierJwks && replaceText(verifierJwks)}
        >
          Use the verifier&apos;s JWKS
        </Button>
        <Button size="small" variant="outlined" onClick={() => void makeLeakyJwks().then(replaceText)}>
          Load a leaky example
        </Button>
      </Stack>
      <JwksTextField
        text={text}
        held={held}
        invalid={result !== null && !result.ok}
        onText={setText}
        onHold={setHeld}
      />
      <Box id="jwks-result" aria-live="polite" aria-busy={pending} sx={{ mt: 2, opacity: pending ? 0.6 : 1 }}>
        {result && !result.ok && (
          <Typography variant="body2" data-error-code={result.error.code} sx={{ color: 'error.main' }}>
            {result.error.message}
          </Typography>
        )}
        {result?.ok && summary && (
          <Stack spacing={2}>
            <JwksKeyList rows={result.value.rows} summary={summary} />
            <JwksProblems groups={summary.groups} />
            <Box>
              <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 0.75, flexWrap: 'wrap' }}>
                <Typography component="h3" variant="subtitle2" sx={{ mr: 'auto' }}>
                  Export the public set, cleaned
                </Typography>
                {cleaned && <CopyButton text={cleaned} label="Copy cleaned set" />}
                <Button size="small" startIcon={<OpenInNewIcon />} onClick={() => onOpen(input)}>
                  Open in debugger as the verification key
                </Button>
              </Stack>
              <Box
                component="pre"
                tabIndex={0}
                aria-label="The cleaned public set"
                sx={(theme: Theme) => ({
                  m: 0,
                  p: 1.25,
                  maxHeight: 240,
                  overflow: 'auto',
                  fontFamily: 'var(--jwt-lab-mono)',
                  fontSize: 12,
                  bgcolor: theme.vars?.palette.action.hover,
                  borderRadius: 1,
                  whiteSpace: 'pre-wrap',
                  wordBreak: 'break-all',
                })}
              >
                {preview}
              </Box>
              <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 0.5 }}>
                Private members removed; HMAC secrets and unusable entries dropped.
                {cleaned &&
                  cleaned.length > PREVIEW_CHARS &&
                  ` Showing the first ${formatKeyCount(PREVIEW_CHARS)} of ${formatKeyCount(cleaned.length)} characters; the copy button copies them all.`}
              </Typography>
            </Box>
          </Stack>
        )}
      </Box>
    </Paper>
  );
}
