import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base64urlToBytes } from '@/encoding/base64';
import { encryptToken, type EncryptInput } from './encrypt-token';
import { generateEncryptionKey } from './generate-encryption-key';
import {
  CEK_BYTES,
  JWE_KEY_ALGORITHM_INFO,
  type JweContentEncryption,
  type JweKeyAlgorithm,
} from './jwe-algorithms';

const base: EncryptInput = {
  plaintext: 'hi',
  alg: 'A128KW',
  enc: 'A128GCM',
  keyText: 'AAAAAAAAAAAAAAAAAAAAAA',
  encoding: 'base64url',
};
const headerOf = (token: string) =>
  JSON.parse(new TextDecoder().decode(base64urlToBytes(token.split('.')[0]!)!)) as Record<string, unknown>;

describe('encryptToken', () => {
  it('writes alg, enc, the key’s kid and, for a nested JWT, cty: JWT into the protected header', async () => {
    const keyText = JSON.stringify({ kty: 'oct', kid: 'wrap-1', k: 'AAAAAAAAAAAAAAAAAAAAAA' });
    const result = await encryptToken({ ...base, keyText, encoding: 'utf8', cty: 'JWT' });
    if (!result.ok) throw new Error(result.error.message);
    expect(headerOf(result.value.token)).toEqual({
      alg: 'A128KW',
      enc: 'A128GCM',
      kid: 'wrap-1',
      cty: 'JWT',
    });
  });

  it('encrypts to a public key, and says the key field cannot decrypt', async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = String(publicKey.export({ format: 'pem', type: 'spki' }));
    const result = await encryptToken({ ...base, alg: 'RSA-OAEP-256', keyText: pem, encoding: 'utf8' });
    expect(result).toMatchObject({
      ok: true,
      value: { canDecrypt: false, keyDescription: 'RSA 2048-bit public key' },
    });
  });

  it('puts p2c in the header for PBES2 (the debugger’s default bound by default)', async () => {
    const result = await encryptToken({
      ...base,
      alg: 'PBES2-HS256+A128KW',
      keyText: 'pw',
      encoding: 'utf8',
      p2c: 1000,
    });
    if (!result.ok) throw new Error(result.error.message);
    expect(headerOf(result.value.token)).toMatchObject({ p2c: 1000, p2s: expect.any(String) });
  });

  it.each([
    [{ keyText: ' ' }, 'KEY_EMPTY', /Enter a key for A128KW/],
    [{ keyText: 'AAAA' }, 'KEY_ALG_MISMATCH', /A128KW encrypts with a 16-byte AES key; this key is 3 bytes/],
    [{ alg: 'ECDH-ES', keyText: 'AAAAAAAAAAAAAAAAAAAAAA' }, 'KEY_ALG_MISMATCH', /not an EC or X25519 key/],
    [{ alg: 'PBES2-HS256+A128KW', keyText: 'pw', p2c: 999 }, 'JWE_P2C_TOO_HIGH', /from 1,000/],
    [{ alg: 'PBES2-HS256+A128KW', keyText: 'pw', p2c: 1e9 }, 'JWE_P2C_TOO_HIGH', /to 10,000,000/],
  ] as const)('refuses %j with %s', async (change, code, message) => {
    const result = await encryptToken({ ...base, ...change } as EncryptInput);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(message);
    }
  });
});

describe('generateEncryptionKey', () => {
  it.each([
    ['dir', 'A256CBC-HS512', 64],
    ['dir', 'A128GCM', 16],
    ['A192KW', 'A128GCM', 24],
    ['A256GCMKW', 'A128GCM', 32],
  ] as const)('%s + %s: a random key of exactly %d bytes, as base64url', async (alg, enc, bytes) => {
    const key = await generateEncryptionKey(alg, enc);
    if (!key.ok) throw new Error(key.error.message);
    expect(key.value.encoding).toBe('base64url');
    expect(base64urlToBytes(key.value.keyText)?.length).toBe(bytes);
    expect(
      CEK_BYTES[enc] === bytes || JWE_KEY_ALGORITHM_INFO[alg as JweKeyAlgorithm].kekBytes === bytes,
    ).toBe(true);
  });

  it.each([
    ['RSA-OAEP-256', 'RSA', 'a new RSA 2048-bit key pair (private JWK)'],
    ['ECDH-ES+A128KW', 'EC', 'a new EC P-256 key pair (private JWK)'],
  ] as const)('%s: a private JWK for encryption, named by its thumbprint', async (alg, kty, description) => {
    const key = await generateEncryptionKey(alg, 'A128GCM' as JweContentEncryption);
    if (!key.ok) throw new Error(key.error.message);
    const jwk = JSON.parse(key.value.keyText) as Record<string, unknown>;
    expect(jwk).toMatchObject({
      kty,
      use: 'enc',
      kid: expect.stringMatching(/^[\w-]{43}$/),
      d: expect.any(String),
    });
    expect(key.value.description).toBe(description);
  });

  it('makes a fresh random password each time for PBES2', async () => {
    const [first, second] = await Promise.all([
      generateEncryptionKey('PBES2-HS256+A128KW', 'A128GCM'),
      generateEncryptionKey('PBES2-HS256+A128KW', 'A128GCM'),
    ]);
    expect(first.ok && second.ok && first.value.keyText !== second.value.keyText).toBe(true);
    expect(first.ok && first.value).toMatchObject({
      encoding: 'utf8',
      keyText: expect.stringMatching(/^[\w-]{24}$/),
    });
  });
});
