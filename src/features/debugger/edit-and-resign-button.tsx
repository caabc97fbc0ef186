import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { resignUnavailable } from '@/jwt/resign-unavailable';
import { handOff } from '@/lib/handoff';
import { navigateTo } from '@/lib/navigate';
import type { DebuggerState } from './use-debugger-state';

// Loaded on click: the carry-over is not needed before the first verdict (the 170 KB budget).
const loadCarryOver = () => Promise.all([import('@/jwt/resign-original'), import('@/jwt/resign-key')]);

/**
 * "Edit and re-sign": opens the encoder with this token's header and payload exactly as signed and
 * the key it can sign with, handed over in memory (never the URL). No encoder code is imported, so
 * none joins the debugger's first download.
 */
export function EditAndResignButton({ state }: { readonly state: DebuggerState }) {
  const { decoded, verification, keyText, encoding } = state;
  if (decoded.errors.some((error) => error.code === 'TOKEN_EMPTY')) return null;
  const signatureIndex = verification.signatureIndex ?? 0;
  const unavailable = resignUnavailable(decoded, signatureIndex);
  // While a new token or key is being checked, which key verified is not known yet.
  const pending = verification.state === 'pending' || state.isStale;
  const open = async () => {
    const [{ resignOriginal }, { resignKeyFrom }] = await loadCarryOver();
    const original = resignOriginal(decoded, signatureIndex);
    if (!original.ok) return;
    const key = resignKeyFrom(verification.key, keyText, encoding, verification.keyUsed?.index);
    handOff({
      token: original.value.token,
      keyText: key.keyText,
      encoding: key.encoding,
      original: { ...original.value, keyKind: key.kind, keyDescription: key.description },
    });
    navigateTo('/encoder');
    window.scrollTo(0, 0);
  };
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 1.5, rowGap: 0.5 }}>
      <Button
        variant="outlined"
        size="small"
        disabled={unavailable !== null || pending}
        aria-describedby="edit-resign-help"
        onClick={() => void open()}
      >
        Edit and re-sign
      </Button>
      <Typography id="edit-resign-help" variant="body2" sx={{ color: 'text.secondary', flex: '1 1 220px' }}>
        {unavailable ? unavailable.message : 'Change claims in the encoder and sign the token again.'}
      </Typography>
    </Box>
  );
}
