import type { CrackTarget } from '@/audit/crack-target';
import { bytesToHex, bytesToUtf8 } from '@/encoding/base64';
import { decodeToken } from '@/jwt/decode';
import { signHmacCompact } from '@/jwt/sign-hmac';
import type { Verification } from '@/jwt/verification';
import { verifyToken } from '@/jwt/verify';
import type { SecretEncoding } from '@/keys/key-types';

/** What an attacker makes with a cracked secret, and the proof that verifiers accept it. */
export interface ForgedToken {
  readonly token: string;
  readonly payloadText: string;
  /** The forged token verified with the cracked secret, as the debugger would. */
  readonly verification: Verification;
  /** The secret as a verifier's key field would take it. */
  readonly key: { readonly text: string; readonly encoding: SecretEncoding };
}

const HOUR = 3600;

/**
 * Re-signs the cracked token's claims with `"role": "admin"` and a fresh lifetime (an attacker picks both)
 * under the found secret, then verifies the result with the algorithm pinned.
 */
export async function forgeAdminToken(
  target: CrackTarget,
  secret: Uint8Array,
  nowMs: number,
): Promise<ForgedToken> {
  const original = decodeToken(target.token);
  const headerText = original.header?.text ?? JSON.stringify({ alg: target.alg, typ: 'JWT' });
  const json = original.payload?.json;
  const claims: Record<string, unknown> =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? { ...json } : {};
  const now = Math.floor(nowMs / 1000);
  if ('iat' in claims) claims['iat'] = now;
  if ('exp' in claims) claims['exp'] = now + HOUR;
  claims['role'] = 'admin';
  const payloadText = JSON.stringify(claims);
  const token = await signHmacCompact(target.alg, headerText, payloadText, secret);
  const text = bytesToUtf8(secret);
  // A secret that is not clean UTF-8 (or ends in a line break, which the key field trims) goes as hex.
  const key: ForgedToken['key'] =
    text !== null && !/[\r\n]$/.test(text)
      ? { text, encoding: 'utf8' }
      : { text: bytesToHex(secret), encoding: 'hex' };
  const verification = await verifyToken(decodeToken(token), {
    keyText: key.text,
    encoding: key.encoding,
    nowMs,
    skewSeconds: 0,
  });
  return { token, payloadText, verification, key };
}
