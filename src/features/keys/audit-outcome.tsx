import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { ColoredToken } from '@/components/token-view/colored-token';
import { handOff } from '@/lib/handoff';
import { navigateTo } from '@/lib/navigate';
import { describeFoundSecret, formatCount, formatElapsed } from './format';
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
      <Alert severity="error">
        <strong>The secret is {describeFoundSecret(outcome.secret, outcome.secretText)}.</strong> It took{' '}
        {formatElapsed(outcome.elapsedMs)} and {formatCount(outcome.tried)} guesses, offline, from this one
        token. Anyone who does the same can now sign any token your verifiers accept, such as this one:
      </Alert>
      {forged ? (
        <Box>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
            Forged token with &quot;role&quot;: &quot;admin&quot;
          </Typography>
          <ColoredToken token={forged.token} label="Forged token" testId="forged-token" />
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.75, overflowWrap: 'anywhere' }}>
            Payload: <code>{forged.payloadText}</code>
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
      ) : (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Signing a forged token…
        </Typography>
      )}
    </Stack>
  );
}
