import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecryptionKey } from './parse-decryption-key';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });
const x25519 = generateKeyPairSync('x25519');
const ed25519 = generateKeyPairSync('ed25519');

const pem = (key: KeyObject, type: 'pkcs1' | 'pkcs8' | 'sec1' | 'spki'): string =>
  String(key.export({ format: 'pem', type } as never));
const jwk = (key: KeyObject): Record<string, unknown> =>
  key.export({ format: 'jwk' }) as Record<string, unknown>;

describe('parseDecryptionKey: keys that decrypt', () => {
  it.each([
    ['an RSA PKCS#8 PEM', pem(rsa.privateKey, 'pkcs8'), 'RSA 2048-bit private key', 'pem-pkcs8'],
    ['an RSA PKCS#1 PEM', pem(rsa.privateKey, 'pkcs1'), 'RSA 2048-bit private key', 'pem-pkcs1-private'],
    ['an EC P-384 SEC1 PEM', pem(p384.privateKey, 'sec1'), 'EC P-384 private key', 'pem-sec1'],
    ['an EC P-384 PKCS#8 PEM', pem(p384.privateKey, 'pkcs8'), 'EC P-384 private key', 'pem-pkcs8'],
    ['an X25519 PKCS#8 PEM', pem(x25519.privateKey, 'pkcs8'), 'X25519 private key', 'pem-pkcs8'],
    ['an RSA private JWK', JSON.stringify(jwk(rsa.privateKey)), 'RSA 2048-bit private key', 'jwk'],
    ['an X25519 private JWK', JSON.stringify(jwk(x25519.privateKey)), 'X25519 private key', 'jwk'],
    ['an oct JWK', '{"kty":"oct","k":"GawgguFyGrWKav7AX4VKUg"}', '16-byte secret (128 bits, oct JWK)', 'jwk'],
  ])('reads %s as a private candidate with every member kept', async (_name, text, description, source) => {
    const result = await parseDecryptionKey(text, 'utf8');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.source).toBe(source);
    const [candidate] = result.value.candidates;
    expect(candidate?.description).toBe(description);
    expect(candidate?.kind).toBe(candidate?.jwk.kty === 'oct' ? 'secret' : 'private');
    if (candidate?.jwk.kty !== 'oct') expect(candidate?.jwk.d).toEqual(expect.any(String));
    if (candidate?.jwk.kty === 'RSA')
      expect(candidate.jwk).toMatchObject({ p: expect.any(String), qi: expect.any(String) });
  });

  it.each([
    ['utf8', 'entrap_o–peter_long–credit_tun', 34],
    ['base64url', 'GawgguFyGrWKav7AX4VKUg', 16],
    ['hex', '00112233445566778899aabbccddeeff', 16],
  ] as const)('reads typed text as a %s secret or password', async (encoding, text, bytes) => {
    const result = await parseDecryptionKey(text, encoding);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.secret?.bytes.length).toBe(bytes);
    expect(result.value.candidates[0]).toMatchObject({ kind: 'secret', bits: bytes * 8 });
  });

  it('keeps every usable key of a JWKS, in order, with kids; broken entries become notes', async () => {
    const set = {
      keys: [{ ...jwk(rsa.privateKey), kid: 'r' }, { kty: 'oct', k: 'AAAA', kid: 's' }, { kty: 'RSA' }],
    };
    const result = await parseDecryptionKey(JSON.stringify(set), 'utf8');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.candidates.map((candidate) => [candidate.kid, candidate.kind])).toEqual([
      ['r', 'private'],
      ['s', 'secret'],
    ]);
    expect(result.value.notes.join(' ')).toMatch(/^Skipped key 3: This RSA JWK has no "n"/);
  });
});

describe('parseDecryptionKey: public keys are kept as such (they encrypt)', () => {
  it.each([
    ['an RSA SPKI PEM', pem(rsa.publicKey, 'spki'), 'RSA'],
    ['an X25519 SPKI PEM', pem(x25519.publicKey, 'spki'), 'OKP'],
    ['a public EC JWK', JSON.stringify(jwk(p384.publicKey)), 'EC'],
  ])('%s', async (_name, text, kty) => {
    const result = await parseDecryptionKey(text, 'utf8');
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.candidates[0]).toMatchObject({ kind: 'public', jwk: { kty } });
    expect(result.value.candidates[0]?.jwk.d).toBeUndefined();
  });
});

describe('parseDecryptionKey: errors beside the key field', () => {
  it.each([
    ['empty', '  ', 'KEY_EMPTY', /key field is empty/],
    ['an Ed25519 private key', pem(ed25519.privateKey, 'pkcs8'), 'KEY_UNSUPPORTED', /uses X25519/],
    [
      'an encrypted PEM',
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIB\n-----END ENCRYPTED PRIVATE KEY-----',
      'KEY_UNSUPPORTED',
      /encrypted with a password/,
    ],
    [
      'an SSH public key',
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO',
      'KEY_NOT_PRIVATE',
      /decrypting needs the private key/,
    ],
    ['a JSON array', '[{"kty":"oct","k":"AA"}]', 'KEY_INVALID', /wrap the keys/],
    ['broken JSON', '{"kty": "oct", "k": }', 'KEY_INVALID', /line 1, column/],
    [
      'an RSA JWK without CRT values',
      JSON.stringify({ ...jwk(rsa.privateKey), p: undefined }),
      'KEY_UNSUPPORTED',
      /CRT values/,
    ],
    ['an X25519 JWK with a short x', '{"kty":"OKP","crv":"X25519","x":"AAAA"}', 'KEY_INVALID', /32 bytes/],
    [
      'a damaged PKCS#8 RSA key',
      pem(rsa.privateKey, 'pkcs8').replace(/\n[A-Za-z0-9+/]{10}/, '\nAAAAAAAAAA'),
      'KEY_INVALID',
      /./,
    ],
  ])('%s: %s', async (_name, text, code, message) => {
    const result = await parseDecryptionKey(text, 'utf8');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code, field: 'key' });
    expect(result.error.message).toMatch(message);
  });

  it('never throws, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('utf8', 'base64', 'base64url', 'hex' as const),
        async (text, encoding) => {
          const result = await parseDecryptionKey(text, encoding);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
