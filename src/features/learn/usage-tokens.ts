import { bytesToBase64url } from '@/encoding/base64';
import { decodeToken } from '@/jwt/decode';
import { encodeSegment } from '@/jwt/sign';
import { signHmacCompact } from '@/jwt/sign-hmac';
import type { Verification } from '@/jwt/verification';
import { verifyToken } from '@/jwt/verify';

/** The service the lesson's verifier protects, and the issuer it trusts. */
export const ISSUER = 'https://login.example.com';
export const AUDIENCE = 'api.example.com';

/** One token the usage experiment sends to the verifier. */
export interface UsageCase {
  readonly id: 'genuine' | 'expired' | 'other-audience' | 'other-issuer' | 'alg-none';
  readonly label: string;
  /** Whether a correct verifier lets it in. */
  readonly shouldPass: boolean;
}

export const USAGE_CASES: readonly UsageCase[] = [
  { id: 'genuine', label: 'alice’s token for this API', shouldPass: true },
  { id: 'expired', label: 'alice’s token from yesterday, expired an hour ago', shouldPass: false },
  { id: 'other-audience', label: 'alice’s token for the billing service (aud)', shouldPass: false },
  { id: 'other-issuer', label: 'A token from the staging login service (iss), same key', shouldPass: false },
  { id: 'alg-none', label: 'An admin token with "alg": "none" and no signature', shouldPass: false },
];

/** A case's token and what signature verification (algorithm pinned) said about it. */
export interface SignedCase {
  readonly token: string;
  readonly payload: unknown;
  readonly verification: Verification;
}

/** Signs every case with `secret` at `nowMs` and verifies each signature as the debugger does. */
export async function makeUsageTokens(
  secret: Uint8Array,
  nowMs: number,
): Promise<Map<UsageCase['id'], SignedCase>> {
  const now = Math.floor(nowMs / 1000);
  const base = { sub: 'alice', iss: ISSUER, aud: AUDIENCE, iat: now, exp: now + 15 * 60 };
  const claims: Record<UsageCase['id'], Record<string, unknown>> = {
    genuine: base,
    expired: { ...base, iat: now - 25 * 3600, exp: now - 3600 },
    'other-audience': { ...base, aud: 'billing.example.com' },
    'other-issuer': { ...base, iss: 'https://login.staging.example.com' },
    'alg-none': { ...base, role: 'admin' },
  };
  const header = JSON.stringify({ alg: 'HS256', typ: 'JWT' });
  const keyText = bytesToBase64url(secret);
  const out = new Map<UsageCase['id'], SignedCase>();
  for (const { id } of USAGE_CASES) {
    const payloadText = JSON.stringify(claims[id]);
    const token =
      id === 'alg-none'
        ? `${encodeSegment('{"alg":"none","typ":"JWT"}')}.${encodeSegment(payloadText)}.`
        : await signHmacCompact('HS256', header, payloadText, secret);
    const decoded = decodeToken(token);
    const verification = await verifyToken(decoded, {
      keyText,
      encoding: 'base64url',
      nowMs,
      skewSeconds: 0,
    });
    out.set(id, { token, payload: decoded.payload?.json, verification });
  }
  return out;
}
