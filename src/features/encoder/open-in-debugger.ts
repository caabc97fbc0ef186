import type { EncodeOutcome } from '@/jwt/encode-token';
import type { SecretEncoding } from '@/keys/key-types';
import { handOff } from '@/lib/handoff';
import { navigateTo } from '@/lib/navigate';

/**
 * Takes the signed token to the debugger with the key that verifies it, in memory: the secret as
 * typed, or the public JWK of a private key (never its private members).
 */
export function openInDebugger(outcome: EncodeOutcome, keyText: string, encoding: SecretEncoding): void {
  const { signed, key } = outcome;
  if (!signed || !key) return;
  const verifyKey =
    key.kind === 'secret'
      ? { keyText, encoding }
      : { keyText: JSON.stringify(key.publicJwk, null, 2), encoding: 'utf8' as const };
  handOff({ token: signed.token, ...verifyKey });
  navigateTo('/');
  window.scrollTo(0, 0);
}
