import type { JWK } from 'jose';
import { bytesToBase64url } from '@/encoding/base64';
import { handOff } from '@/lib/handoff';
import { KEY_KIND_ALG } from '@/rotation/world';
import type { VerifierKeySet } from '@/rotation/real-keys';

/**
 * The verifier's whole key set as one JWKS: the public ES256 keys and the HMAC secrets as `oct`
 * keys, each with its `kid`, so the debugger picks the key the same way the verifier does.
 */
export function keySetAsJwks(keySet: VerifierKeySet): string {
  const secrets: JWK[] = [...keySet.secrets].map(([kid, secret]) => ({
    kty: 'oct',
    kid,
    alg: KEY_KIND_ALG.hmac,
    k: bytesToBase64url(secret),
  }));
  return JSON.stringify({ keys: [...keySet.jwks.keys, ...secrets] }, null, 2);
}

/** Leaves a token and a key for the debugger in memory, then goes to `/` without reloading. */
export function openInDebugger(token: string, keyText: string): void {
  handOff({ token, keyText, encoding: 'base64url' });
  // The app's router follows popstate (src/app/use-location.ts); features may not import it.
  window.history.pushState(null, '', '/');
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}
