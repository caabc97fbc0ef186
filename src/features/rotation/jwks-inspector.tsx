import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { NativeField } from '@/components/native-field/native-field';
import { cleanPublicJwks } from '@/rotation/jwks-inspect';
import { CopyButton } from '@/components/copy-button/copy-button';
import { formatKeyCount, summarizeJwks } from '@/rotation/jwks-inspect-summary';
import { JwksKeyList } from './jwks-key-list';
import { JwksProblems } from './jwks-problems';
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
  const { result, pending } = useJwksInspection(text);
  const cleaned = useMemo(() => (result?.ok ? cleanPublicJwks(result.value) : null), [result]);
  const summary = useMemo(() => (result?.ok ? summarizeJwks(result.value) : null), [result]);
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
          onClick={() => verifierJwks && setText(verifierJwks)}
        >
          Use the verifier&apos;s JWKS
        </Button>
        <Button size="small" variant="outlined" onClick={() => void makeLeakyJwks().then(setText)}>
          Load a leaky example
        </Button>
      </Stack>
      <NativeField id="jwks-to-inspect" label="JWKS to inspect">
        <Box
          component="textarea"
          id="jwks-to-inspect"
          value={text}
          rows={8}
          spellCheck={false}
          autoComplete="off"
          placeholder='{"keys": [ … ]}'
          aria-invalid={result !== null && !result.ok}
          aria-describedby="jwks-result"
          onChange={(event) => setText(event.target.value)}
          sx={{
            ...(NATIVE_INPUT_SX as object),
            fontFamily: 'var(--jwt-lab-mono)',
            fontSize: 13,
            resize: 'vertical',
          }}
        />
      </NativeField>
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
                <Button size="small" startIcon={<OpenInNewIcon />} onClick={() => onOpen(text)}>
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
