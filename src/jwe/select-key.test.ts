import { describe, expect, it } from 'vitest';
import type { DecryptionCandidate, ParsedDecryptionKey } from '@/keys/decryption-key';
import { selectKeys } from './select-key';

const secret = (bytes: number, extra: Record<string, string> = {}): DecryptionCandidate => ({
  kind: 'secret',
  jwk: { kty: 'oct', k: 'A'.repeat(Math.ceil((bytes * 4) / 3)), ...extra },
  description: `${bytes}-byte secret`,
  ...(extra.kid !== undefined && { kid: extra.kid }),
});
const rsaPrivate: DecryptionCandidate = {
  kind: 'private',
  jwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB', d: 'AQAB' },
  description: 'RSA 2048-bit private key',
};
const rsaPublic: DecryptionCandidate = {
  kind: 'public',
  jwk: { kty: 'RSA', n: 'AQAB', e: 'AQAB' },
  description: 'RSA 2048-bit public key',
};
const ecP256: DecryptionCandidate = {
  kind: 'private',
  jwk: { kty: 'EC', crv: 'P-256', x: 'A', y: 'A', d: 'A' },
  description: 'EC P-256 private key',
};
const key = (
  candidates: DecryptionCandidate[],
  source: ParsedDecryptionKey['source'] = 'jwk',
): ParsedDecryptionKey => ({
  source,
  candidates,
  notes: [],
});

describe('selectKeys', () => {
  it('picks the key named by kid in a JWKS, and only that one', () => {
    const set = key([secret(16, { kid: 'a' }), secret(16, { kid: 'b' })], 'jwks');
    const result = selectKeys('A128KW', 'A128GCM', { kid: 'b' }, set);
    expect(result.ok && result.value.choices.map((choice) => choice.index)).toEqual([1]);
  });

  it('tries every fitting key of a set when none has the kid, and says so', () => {
    const set = key([secret(16, { kid: 'a' }), rsaPrivate, secret(16, { kid: 'c' })], 'jwks');
    const result = selectKeys('A128KW', 'A128GCM', { kid: 'zzz' }, set);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.choices.map((choice) => choice.index)).toEqual([0, 2]);
    expect(result.value.notes[0]).toMatch(
      /No key in the set has kid "zzz"; the 2 that fit A128KW were tried/,
    );
  });

  it.each([
    ['A128KW', 'A128GCM', secret(32), 'KEY_ALG_MISMATCH', 'this key is 32 bytes; A128KW needs 16'],
    ['dir', 'A256GCM', secret(16), 'KEY_ALG_MISMATCH', 'this key is 16 bytes; A256GCM needs 32'],
    ['dir', 'A128CBC-HS256', secret(16), 'KEY_ALG_MISMATCH', 'A128CBC-HS256 needs 32'],
    ['RSA-OAEP', 'A256GCM', secret(16), 'KEY_ALG_MISMATCH', 'this key is a 16-byte secret, not an RSA key'],
    [
      'RSA-OAEP',
      'A256GCM',
      rsaPublic,
      'KEY_NOT_PRIVATE',
      'a public key encrypts, and only the private key decrypts',
    ],
    ['A128KW', 'A128GCM', rsaPrivate, 'KEY_ALG_MISMATCH', 'is an RSA 2048-bit private key, not a secret'],
    ['ECDH-ES', 'A128GCM', rsaPrivate, 'KEY_ALG_MISMATCH', 'not an EC or X25519 key'],
    [
      'A128KW',
      'A128GCM',
      secret(16, { use: 'sig' }),
      'KEY_ALG_MISMATCH',
      'is marked "use": "sig", not "enc"',
    ],
    ['A128KW', 'A128GCM', secret(16, { alg: 'A256KW' }), 'KEY_ALG_MISMATCH', 'is for "A256KW", not A128KW'],
  ] as const)('%s + %s refuses a key that does not fit (%s)', (alg, enc, candidate, code, message) => {
    const result = selectKeys(alg, enc, {}, key([candidate]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code, field: 'key' });
    expect(result.error.message).toContain(message);
  });

  it('refuses an EC key on another curve than the epk', () => {
    const result = selectKeys('ECDH-ES', 'A128GCM', { epk: { kty: 'EC', crv: 'P-384' } }, key([ecP256]));
    expect(!result.ok && result.error.message).toContain("is on P-256; the token's epk is on P-384");
  });

  it.each([
    ['a dir key whose JWK names the content encryption (RFC 7520 §5.6)', 'A128GCM'],
    ['a dir key whose JWK says "dir"', 'dir'],
  ])('accepts %s', (_name, alg) => {
    expect(selectKeys('dir', 'A128GCM', {}, key([secret(16, { alg })])).ok).toBe(true);
  });

  it('takes any secret as a PBES2 password, and a public key when encrypting', () => {
    expect(selectKeys('PBES2-HS256+A128KW', 'A128GCM', {}, key([secret(3)])).ok).toBe(true);
    expect(selectKeys('RSA-OAEP-256', 'A128GCM', {}, key([rsaPublic]), 'encrypt').ok).toBe(true);
  });

  it('lists why each key of a set does not fit', () => {
    const result = selectKeys('A256KW', 'A128GCM', {}, key([secret(16, { kid: 'a' }), rsaPrivate], 'jwks'));
    expect(!result.ok && result.error.message).toContain(
      'none of the 2 keys fits: key 1 (kid "a") is 16 bytes; A256KW needs 32; key 2 is an RSA 2048-bit private key, not a secret.',
    );
  });
});
