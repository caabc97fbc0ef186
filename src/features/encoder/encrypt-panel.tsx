import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { CopyButton } from '@/components/copy-button/copy-button';
import { FieldError } from '@/components/field-error/field-error';
import { handOff } from '@/lib/handoff';
import { navigateTo } from '@/lib/navigate';
import { EncryptControls } from './encrypt-controls';
import { EncryptLesson } from './encrypt-lesson';
import { ColoredToken } from '@/components/token-view/colored-token';
import { useEncryptState, type EncryptState } from './use-encrypt-state';

interface EncryptPanelProps {
  readonly payloadText: string;
  /** The token signed above, for a nested JWT (sign, then encrypt). */
  readonly signedToken: string | null;
}

/** Encrypt mode: the claims or the signed token as a compact JWE, and "decrypt in debugger". */
export function EncryptPanel({ payloadText, signedToken }: EncryptPanelProps) {
  const state = useEncryptState(payloadText, signedToken);
  return (
    <Paper component="section" aria-labelledby="encrypt-title" sx={{ p: 2 }}>
      <Typography id="encrypt-title" variant="h6" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
        Encrypt (JWE)
      </Typography>
      <EncryptLesson />
      <Box
        sx={{
          display: 'grid',
          gap: 2.5,
          gridTemplateColumns: { xs: 'minmax(0,1fr)', md: 'repeat(2, minmax(0,1fr))' },
        }}
      >
        <EncryptControls state={state} />
        <EncryptedOutput state={state} />
      </Box>
    </Paper>
  );
}

function EncryptedOutput({ state }: { readonly state: EncryptState }) {
  const { outcome } = state;
  const encrypted = outcome?.ok ? outcome.value : null;
  const error = outcome && !outcome.ok && outcome.error.field !== 'key' ? outcome.error : undefined;
  const openInDebugger = () => {
    if (!encrypted) return;
    // In memory only (never the URL): the key that decrypts, or none for a public key.
    handOff({
      token: encrypted.token,
      keyText: encrypted.canDecrypt ? state.keyText : '',
      encoding: state.encoding,
    });
    navigateTo('/');
    window.scrollTo(0, 0);
  };
  return (
    <Box sx={{ minWidth: 0 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 700, flex: 1 }}>
          Encrypted token{' '}
          <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary', whiteSpace: 'nowrap' }}>
            {state.alg} + {state.enc}
          </Box>
        </Typography>
        <CopyButton text={encrypted?.token ?? ''} label="Copy encrypted token" disabled={!encrypted} />
        <Button
          size="small"
          variant="contained"
          startIcon={<LockOpenIcon />}
          disabled={!encrypted}
          onClick={openInDebugger}
        >
          Decrypt in debugger
        </Button>
      </Stack>
      <Box aria-live="polite" aria-busy={outcome === null}>
        {encrypted ? (
          <ColoredToken token={encrypted.token} testId="encrypted-token" label="Encrypted token" />
        ) : (
          <Typography
            data-testid="encrypted-token"
            sx={{ color: 'text.secondary', p: 1.5, bgcolor: 'action.hover', borderRadius: 1 }}
          >
            {outcome === null ? 'Encrypting…' : 'No token: see the problem shown beside the key or here.'}
          </Typography>
        )}
      </Box>
      <FieldError error={error} />
      {encrypted && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
          Encrypted to: {encrypted.keyDescription}.{' '}
          {encrypted.canDecrypt
            ? 'The same key decrypts it; "Decrypt in debugger" takes it along, in memory only.'
            : 'Only the matching private key decrypts it: the debugger will ask for it.'}
          {state.source === 'signed' && ' Its plaintext is the signed token above (cty: "JWT").'}
        </Typography>
      )}
    </Box>
  );
}
