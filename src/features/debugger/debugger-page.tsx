import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SegmentRole } from '@/jwt/decoded-token';
import { ClaimsTable } from './claims-table';
import { DecodedView } from './decoded-view';
import { ExamplesMenu } from './examples-menu';
import { FieldError } from '@/components/field-error/field-error';
import { ShareButton } from './share-button';
import { TokenInput } from './token-input';
import { TokenParts } from './token-parts';
import { useDebuggerState } from './use-debugger-state';
import { VerifyPanel } from './verify-panel';
import { WarningsList } from './warnings-list';

/** The debugger (`/`): paste a token, see its parts, verify it. */
export function DebuggerPage() {
  const state = useDebuggerState();
  const [activeRole, setActiveRole] = useState<SegmentRole | 'extra' | null>(null);
  const { decoded, extracted } = state;
  const tokenErrors = decoded.errors.filter(
    (error) => error.field === 'token' || error.field === 'signature',
  );
  const exactCompact =
    decoded.serialization === 'compact' && extracted.notes.length === 0 && decoded.segments.length > 0;

  return (
    <Stack spacing={2.5}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-end' } }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h4" component="h1" sx={{ fontWeight: 700, letterSpacing: '-0.02em' }}>
            Debugger
          </Typography>
          <Typography sx={{ color: 'text.secondary', maxWidth: 720 }}>
            Paste a JSON Web Token to decode it and check its signature. Everything happens in this page:
            nothing you paste is sent anywhere.
          </Typography>
        </Box>
        <Stack direction="row" spacing={1}>
          <ExamplesMenu onPick={state.loadExample} />
          <ShareButton token={extracted.token} />
        </Stack>
      </Stack>

      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
          gap: 2.5,
        }}
      >
        <Box>
          <Stack spacing={2.5}>
            <Paper component="section" aria-label="Encoded token" sx={{ p: 2 }}>
              <TokenInput
                value={state.tokenText}
                onChange={state.setTokenText}
                colouredParts={exactCompact ? decoded.segments : null}
                activeRole={activeRole}
                describedBy="token-notes token-errors"
                invalid={tokenErrors.length > 0}
                onCaretRole={setActiveRole}
              />
              <Box id="token-notes" aria-live="polite">
                {extracted.notes.length > 0 && (
                  <Alert severity="info" sx={{ mt: 1.5 }}>
                    Cleaned up the paste: {extracted.notes.join(' ')}
                  </Alert>
                )}
              </Box>
              <Box id="token-errors">
                {tokenErrors.map((error) => (
                  <FieldError key={error.code + error.message} error={error} />
                ))}
              </Box>
              <Box sx={{ mt: 1.5 }}>
                <TokenParts segments={decoded.segments} activeRole={activeRole} onActivate={setActiveRole} />
              </Box>
            </Paper>
            <VerifyPanel
              keyText={state.keyText}
              onKeyChange={state.setKeyText}
              encoding={state.encoding}
              onEncodingChange={state.setEncoding}
              skewSeconds={state.skewSeconds}
              onSkewChange={state.setSkewSeconds}
              verification={state.verification}
              stale={state.isStale}
            />
          </Stack>
        </Box>
        <Box>
          <Stack spacing={2.5}>
            <DecodedView token={decoded} activeRole={activeRole} onOpenNested={state.setTokenText} />
            <WarningsList
              token={decoded}
              verification={state.verification}
              keyText={state.keyText}
              nowMs={state.nowMs}
            />
            <ClaimsTable token={decoded} nowMs={state.nowMs} skewSeconds={state.skewSeconds} />
          </Stack>
        </Box>
      </Box>
    </Stack>
  );
}
