import { lazy, Suspense, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import type { DebuggerState } from './use-debugger-state';

const loadPanel = () => import('./verify-in-code-panel');
const VerifyInCodePanel = lazy(() => loadPanel().then((module) => ({ default: module.VerifyInCodePanel })));

/**
 * "Verify in code": a button that opens a program per library verifying this token as the debugger
 * did. The programs and their generators load on first use, so the debugger's first download stays put.
 */
export function VerifyInCode({ state }: { readonly state: DebuggerState }) {
  const [open, setOpen] = useState(false);
  return (
    <Paper component="section" aria-label="Verify in code" sx={{ p: 2, mt: 2.5 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 1 }}>
        <Button
          variant="outlined"
          aria-expanded={open}
          aria-controls={open ? 'verify-in-code-panel' : undefined}
          endIcon={<ExpandMoreIcon sx={{ transform: open ? 'rotate(180deg)' : 'none' }} />}
          onPointerEnter={() => void loadPanel()}
          onFocus={() => void loadPanel()}
          onClick={() => setOpen(!open)}
        >
          Verify in code
        </Button>
        <Typography variant="body2" sx={{ color: 'text.secondary', flex: '1 1 240px' }}>
          The same check as a program for Node.js, Python, Ruby or Go — each one run by our tests.
        </Typography>
      </Box>
      {open && (
        <Suspense
          fallback={
            <Typography variant="body2" sx={{ mt: 2, color: 'text.secondary' }}>
              Loading the programs…
            </Typography>
          }
        >
          <VerifyInCodePanel state={state} />
        </Suspense>
      )}
    </Paper>
  );
}
