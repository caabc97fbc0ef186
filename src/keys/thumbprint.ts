/**
 * JWK Thumbprints (RFC 7638): a key's identity computed from its public key material only, so the
 * same key always gets the same `kid`, whatever format or metadata it came with.
 */
import type { JWK } from 'jose';
import { bytesToBase64url, utf8ToBytes } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';

/** The members that define each key type's thumbprint, already in lexicographic order (RFC 7638 §3.2). */
export const THUMBPRINT_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  EC: ['crv', 'kty', 'x', 'y'],
  OKP: ['crv', 'kty', 'x'],
  RSA: ['e', 'kty', 'n'],
  oct: ['k', 'kty'],
};

/** The exact JSON that is hashed: required members only, sorted, no whitespace (RFC 7638 §3). */
export function thumbprintInput(jwk: JWK): Result<string> {
  const kty = jwk.kty;
  const members =
    typeof kty === 'string' && Object.hasOwn(THUMBPRINT_MEMBERS, kty) ? THUMBPRINT_MEMBERS[kty] : undefined;
  if (!members) {
    return fail(
      'KEY_UNSUPPORTED',
      'key',
      `No thumbprint for kty "${String(kty)}": RFC 7638 defines the members for RSA, EC, OKP and oct keys.`,
    );
  }
  const record = jwk as Record<string, unknown>;
  const parts: string[] = [];
  for (const name of members) {
    const value = record[name];
    if (typeof value !== 'string' || value === '') {
      return fail(
        'KEY_INVALID',
        'key',
        `This ${kty} JWK has no "${name}" member, which its thumbprint needs (RFC 7638 §3.2).`,
      );
    }
    // JSON.stringify writes strings exactly as RFC 7638 §3.3 asks (base64url values need no escaping).
    parts.push(`${JSON.stringify(name)}:${JSON.stringify(value)}`);
  }
  return ok(`{${parts.join(',')}}`);
}

/** The RFC 7638 thumbprint of a JWK: base64url(SHA-256(thumbprintInput)). */
export async function jwkThumbprint(jwk: JWK): Promise<Result<string>> {
  const input = thumbprintInput(jwk);
  if (!input.ok) return input;
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(utf8ToBytes(input.value)));
  return ok(bytesToBase64url(new Uint8Array(digest)));
}
