import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { handOff } from '@/lib/handoff';
import { navigateTo } from '@/lib/navigate';
import { describeFoundSecret, formatElapsed } from './format';
import type { AuditView } from './use-audit';

/** What a finished audit means: on a hit, the forged admin token that verifies; on a miss, what was covered. */
export function AuditOutcome({ view }: { readonly view: AuditView }) {
  if (view.state === 'exhausted')
    return (
      <Alert severity="info">
        None of {view.plan.planned.description} signed this token. That rules out only these candidates: a
        secret a person chose can still fall to a bigger wordlist or a longer brute force on a GPU (export it
        for hashcat below). Only a secret from a CSPRNG, 32 bytes or more, is out of reach.
      </Alert>
    );
  if (view.state !== 'found' || view.outcome.kind !== 'found') return null;
  const { outcome, forged } = view;
  return (
    <Stack spacing={1.5}>
      {/* One line: the secret, the time, the forged token, and what the time means. */}
      <Alert severity="error" sx={{ '& .MuiAlert-message': { minWidth: 0 } }}>
        Found <strong>{describeFoundSecret(outcome.secret, outcome.secretText)}</strong> in{' '}
        <strong>{formatElapsed(outcome.elapsedMs)}</strong>
        {forged ? (
          <>
            {' '}
            and forged this admin token with it:{' '}
            <Box
              component="code"
              data-testid="forged-token"
              sx={{ fontFamily: 'var(--jwt-lab-mono)', fontSize: 13, wordBreak: 'break-all' }}
            >
              {forged.token}
            </Box>
          </>
        ) : (
          ', forging an admin token with it…'
        )}{' '}
        — this is how long an attacker with one token needs.
      </Alert>
      {forged && (
        <Box>
          <Typography variant="body2" sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
            Forged payload, with &quot;role&quot;: &quot;admin&quot; and a fresh lifetime:{' '}
            <code>{forged.payloadText}</code>
          </Typography>
          <Typography
            data-testid="forged-verification"
            data-state={forged.verification.state}
            sx={{
              mt: 0.75,
              fontWeight: 700,
              color: forged.verification.state === 'verified' ? 'error.main' : 'text.primary',
            }}
          >
            {forged.verification.state === 'verified' ? 'Signature verified' : forged.verification.headline}{' '}
            with the found secret ({view.plan.target.alg} pinned): a verifier cannot tell it from a real one.
          </Typography>
          <Button
            variant="outlined"
            endIcon={<ArrowForwardIcon />}
            sx={{ mt: 1 }}
            onClick={() => {
              handOff({ token: forged.token, keyText: forged.key.text, encoding: forged.key.encoding });
              navigateTo('/');
              window.scrollTo(0, 0);
            }}
          >
            Open the forged token in the debugger
          </Button>
        </Box>
      )}
    </Stack>
  );
}
