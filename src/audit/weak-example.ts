// A token to audit for someone who has none at hand: throwaway claims, signed at run time with WebCrypto
// under a secret that is on the published list, so the audit finds it within a second.
import { utf8ToBytes } from '@/encoding/base64';
import { signHmacCompact } from '@/jwt/sign-hmac';

/**
 * The example's secret: a classic human password, published in the wallarm/jwt-secrets list (line 4791,
 * some 4,800 candidates into the audit). Never a real secret of anyone's.
 */
export const WEAK_EXAMPLE_SECRET = 'letmein';

const HOUR = 3600;

/** Signs a throwaway HS256 token with the weak example secret, issued at `nowMs` and valid for an hour. */
export function signWeakExampleToken(nowMs: number): Promise<string> {
  const iat = Math.floor(nowMs / 1000);
  const header = JSON.stringify({ alg: 'HS256', typ: 'JWT' });
  const payload = JSON.stringify({
    sub: 'weak-example',
    name: 'Example User',
    role: 'user',
    iat,
    exp: iat + HOUR,
  });
  return signHmacCompact('HS256', header, payload, utf8ToBytes(WEAK_EXAMPLE_SECRET));
}
