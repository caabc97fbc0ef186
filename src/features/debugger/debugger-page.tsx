import { useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SegmentRole } from '@/jwt/decoded-token';
import { navigateTo } from '@/lib/navigate';
import { CleanupNote } from './cleanup-note';
import { DecodedView } from './decoded-view';
import { DeferredClaimsTable } from './deferred-claims-table';
import { ExamplesMenu } from './examples-menu';
import { FieldError } from '@/components/field-error/field-error';
import { ShareButton } from './share-button';
import { TokenInput } from './token-input';
import { TokenParts } from './token-parts';
import { useDebuggerState } from './use-debugger-state';
import { VerifyInCode } from './verify-in-code';
import { VerifyPanel } from './verify-panel';
import { WarningsList } from './warnings-list';

/** The debugger (`/`): paste a token, see its parts, verify it. */
export function DebuggerPage() {
  const state = useDebuggerState();
  const [activeRole, setActiveRole] = useState<SegmentRole | 'extra' | null>(null);
  const { decoded } = state;
  const signatureIndex = state.verification.signatureIndex ?? 0;
  const tokenErrors = decoded.errors.filter(
    (error) => error.field === 'token' || error.field === 'signature',
  );

  return (
    <Stack spacing={2.5}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-end' } }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h4" component="h1" sx={{ fontWeight: 700, letterSpacing: '-0.02em' }}>
            Debugger
          </Typography>
          <Typography sx={{ color: 'text.secondary', maxWidth: 720 }}>
            Paste a JSON Web Token to decode it and check its signature. Everything happens in this page:
            nothing you paste is sent anywhere.{' '}
            <Box
              component="a"
              href="/learn"
              onClick={(event: React.MouseEvent) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0)
                  return;
                event.preventDefault();
                navigateTo('/learn');
                window.scrollTo(0, 0);
              }}
              sx={{ color: 'primary.main', fontWeight: 600 }}
            >
              New to JWTs? Take the guided lesson
            </Box>
          </Typography>
        </Box>
        <Stack direction="row" spacing={1}>
          <ExamplesMenu onPick={state.loadExample} />
          <ShareButton token={state.extracted.token} />
        </Stack>
      </Stack>

      {/* Two columns from md up; on a phone one column in reading order: token, its decoded parts, then
          the key and verdict, so the payload is not a screen and a half below the token. */}
      <Box
        sx={{
          display: { xs: 'flex', md: 'grid' },
          flexDirection: 'column',
          gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
          alignItems: 'start',
          gap: 2.5,
        }}
      >
        <Box sx={COLUMN}>
          <Paper component="section" aria-label="Encoded token" sx={{ p: 2, order: 1 }}>
            <TokenInput
              value={state.tokenText}
              onChange={state.setTokenText}
              activeRole={activeRole}
              describedBy="token-notes token-errors"
              invalid={tokenErrors.length > 0}
              onCaretRole={setActiveRole}
            />
            <CleanupNote
              notes={state.cleanupNotes}
              canUndo={state.canUndoCleanup}
              onUndo={state.undoCleanup}
            />
            <Box id="token-errors">
              {tokenErrors.map((error) => (
                <FieldError key={error.code + error.message} error={error} />
              ))}
            </Box>
            <Box sx={{ mt: 1.5 }}>
              <TokenParts segments={decoded.segments} activeRole={activeRole} onActivate={setActiveRole} />
            </Box>
          </Paper>
          <Box sx={{ order: 3 }}>
            <VerifyPanel state={state} />
            <VerifyInCode state={state} />
          </Box>
        </Box>
        <Box sx={COLUMN}>
          <Box sx={{ order: 2 }}>
            <DecodedView
              token={decoded}
              activeRole={activeRole}
              onOpenNested={state.openNested}
              signatureIndex={signatureIndex}
              jwe={state.jwe}
            />
          </Box>
          <Box sx={{ order: 4 }}>
            <WarningsList
              token={decoded}
              verification={state.verification}
              keyText={state.keyText}
              nowMs={state.nowMs}
              skewSeconds={state.skewSeconds}
            />
          </Box>
          <Box sx={{ order: 5 }}>
            <DeferredClaimsTable
              settled={state.verification.state !== 'pending'}
              token={decoded}
              nowMs={state.nowMs}
              skewSeconds={state.skewSeconds}
              signatureIndex={signatureIndex}
            />
          </Box>
        </Box>
      </Box>
    </Stack>
  );
}

/** A column on wide screens; on a phone its panels join the page's single column in their own order. */
const COLUMN = {
  display: { xs: 'contents', md: 'flex' },
  flexDirection: 'column',
  gap: 2.5,
  minWidth: 0,
} as const;
