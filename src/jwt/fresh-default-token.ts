import { base64urlToBytes } from '@/encoding/base64';
import { DEFAULT_EXAMPLE } from './default-example';
import { signHmacCompact } from './sign-hmac';

const ONE_HOUR = 3600;

/**
 * The default example re-signed with `iat` = now and `exp` an hour later, so the first screen shows a
 * realistic, live token rather than one with a fixed far-future expiry. Same secret, same claims.
 */
export async function freshDefaultToken(nowMs: number): Promise<string | null> {
  const [headerB64 = '', payloadB64 = ''] = DEFAULT_EXAMPLE.token.split('.');
  const secret = base64urlToBytes(DEFAULT_EXAMPLE.key);
  const header = base64urlToBytes(headerB64);
  const payload = base64urlToBytes(payloadB64);
  if (!secret || !header || !payload) return null;
  const claims = JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
  const iat = Math.floor(nowMs / 1000);
  const fresh = { ...claims, iat, exp: iat + ONE_HOUR };
  return signHmacCompact('HS256', new TextDecoder().decode(header), JSON.stringify(fresh), secret);
}
