import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { ColoredToken } from '@/components/token-view/colored-token';
import type { TamperAnalysis } from '@/jwt/tamper';
import { resignWithGuessedKey, resignWithKey, type ResignedToken } from '@/jwt/tamper-resign';
import type { SigningKey } from '@/keys/signing-key';
import { VerdictLine } from './verdict-line';

/** "Re-sign with the key" makes the edit valid; "re-sign with a guessed key" does not. */
export function ResignControls({
  analysis,
  signingKey,
}: {
  readonly analysis: TamperAnalysis;
  readonly signingKey: SigningKey | null;
}) {
  const [guess, setGuess] = useState('password123');
  const [result, setResult] = useState<
    { what: string; resigned: ResignedToken } | { what: string; error: string } | null
  >(null);
  const symmetric = analysis.family === 'HMAC';
  const run = async (what: string, action: () => ReturnType<typeof resignWithKey>) => {
    const outcome = await action();
    setResult(outcome.ok ? { what, resigned: outcome.value } : { what, error: outcome.error.message });
  };
  return (
    <Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
        <Button
          variant="contained"
          disabled={!signingKey}
          onClick={() =>
            signingKey &&
            void run('Re-signed with the key', () => resignWithKey(analysis, signingKey, Date.now()))
          }
        >
          Re-sign with the key
        </Button>
        {symmetric && (
          <Box
            component="input"
            aria-label="Guessed secret"
            autoComplete="off"
            spellCheck={false}
            value={guess}
            onChange={(event) => setGuess(event.target.value)}
            sx={{ ...NATIVE_INPUT_SX, width: { xs: '100%', sm: 200 }, fontFamily: 'var(--jwt-lab-mono)' }}
          />
        )}
        <Button
          variant="outlined"
          onClick={() =>
            void run(
              symmetric ? 'Re-signed with a guessed secret' : "Re-signed with the attacker's own key pair",
              () => resignWithGuessedKey(analysis, guess, Date.now()),
            )
          }
        >
          Re-sign with a guessed key
        </Button>
      </Stack>
      {result && (
        <Box sx={{ mt: 1.5 }} aria-live="polite">
          <Typography variant="subtitle2" component="h3">
            {result.what}
          </Typography>
          {'error' in result ? (
            <Typography color="error">{result.error}</Typography>
          ) : (
            <Stack spacing={1} sx={{ mt: 0.5 }}>
              <ColoredToken token={result.resigned.token} label="Re-signed token" />
              <VerdictLine verification={result.resigned.verification} testId="resign-status" />
            </Stack>
          )}
        </Box>
      )}
    </Box>
  );
}
