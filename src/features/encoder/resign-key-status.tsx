import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ALGORITHM_INFO, type JwsAlgorithm } from '@/core/algorithms';
import type { ResignHandoff } from '@/lib/handoff';
import type { KeyMatch } from './use-resign';

const NOT_WHERE_EXPECTED =
  'The new token will not verify where the original’s key is expected — only with this key.';

interface ResignKeyStatusProps {
  readonly original: ResignHandoff;
  readonly keyMatch: KeyMatch;
  /** Whether the signing key is still the one the encoder opened with. */
  readonly keyUnchanged: boolean;
  readonly alg: JwsAlgorithm | null;
  readonly onGenerate: () => Promise<string | null>;
}

/** Whether the new token will verify where the original did: the signing key is, or is not, the original's. */
export function ResignKeyStatus({ original, keyMatch, keyUnchanged, alg, onGenerate }: ResignKeyStatusProps) {
  const [generating, setGenerating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pair = alg !== null && ALGORITHM_INFO[alg].family !== 'HMAC';
  const generate = async () => {
    setGenerating(true);
    setError(await onGenerate());
    setGenerating(false);
  };
  if (keyMatch === 'match')
    return (
      <Alert severity="success">
        Signed with the original’s key: the new token verifies wherever the original did.
      </Alert>
    );
  if (keyMatch === 'checking')
    return <Typography variant="body2">Checking the signing key against the original…</Typography>;
  if (keyMatch === 'no-key' && original.keyKind === 'public')
    return (
      <Alert severity="warning">
        <AlertTitle>Re-signing needs the private key</AlertTitle>
        The debugger had only a public key{original.keyDescription && ` (${original.keyDescription})`}, which
        can verify signatures but not make them. Paste the matching private key into “Signing key”, or
        generate a new key pair: the token then verifies only with the new public key, not where the
        original’s key is expected.
        <Stack direction="row" sx={{ mt: 1.5, gap: 1, flexWrap: 'wrap' }}>
          <Button
            size="small"
            variant="outlined"
            color="inherit"
            onClick={() => document.getElementById('signing-key')?.focus()}
          >
            Paste the private key
          </Button>
          <Button
            size="small"
            variant="contained"
            disabled={generating || !alg}
            onClick={() => void generate()}
          >
            {generating ? 'Generating…' : pair ? 'Generate a new key pair' : 'Generate a new secret'}
          </Button>
        </Stack>
        {error && <Typography sx={{ mt: 1 }}>{error}</Typography>}
      </Alert>
    );
  if (keyMatch === 'no-key')
    return (
      <Alert severity="info">
        {original.keyKind === 'none'
          ? 'The debugger had no key that signs this token; a new one is being generated.'
          : 'Enter a signing key, or generate one.'}
      </Alert>
    );
  return (
    <Alert severity="warning">
      {reason(original, keyUnchanged)} {NOT_WHERE_EXPECTED}
    </Alert>
  );
}

function reason(original: ResignHandoff, keyUnchanged: boolean): string {
  if (!keyUnchanged) return 'This signing key is not the one that signed the original.';
  if (original.keyKind === 'signing') return 'The key from the debugger does not verify the original token.';
  return 'The debugger had no key that signs this token, so the encoder generated a new one: editing works, but it is a different key.';
}
