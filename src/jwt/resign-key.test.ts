import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SecretEncoding } from '@/keys/key-types';
import { parseKey } from '@/keys/parse-key';
import { resignKeyFrom, type ResignKey } from './resign-key';

const texts: Record<string, string> = {};

beforeAll(async () => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  const other = await generateKeyPair('ES256', { extractable: true });
  const privateJwk = { ...(await exportJWK(pair.privateKey)), kid: 'k2' };
  const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k2' };
  texts.privatePem = await exportPKCS8(pair.privateKey);
  texts.publicPem = await exportSPKI(pair.publicKey);
  texts.privateJwk = JSON.stringify(privateJwk);
  texts.publicJwk = JSON.stringify(publicJwk);
  texts.jwksPrivate = JSON.stringify({
    keys: [{ ...(await exportJWK(other.privateKey)), kid: 'k1' }, privateJwk],
  });
  texts.jwksPublic = JSON.stringify({ keys: [publicJwk] });
  texts.jwksOct = JSON.stringify({
    keys: [{ ...publicJwk }, { kty: 'oct', kid: 'h1', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYg' }],
  });
});

async function carry(
  name: string,
  encoding: SecretEncoding = 'utf8',
  usedIndex?: number,
): Promise<ResignKey> {
  const text = texts[name] ?? name;
  const parsed = await parseKey(text, encoding);
  return resignKeyFrom(parsed.ok ? parsed.value : undefined, text, encoding, usedIndex);
}

describe('resignKeyFrom', () => {
  it.each<[string, SecretEncoding]>([
    ['a-typed-secret-that-is-long-enough!!', 'utf8'],
    ['708lv4TuIGBijuJoYn86-cdv99LPdir7nLZbfAsflB4', 'base64url'],
    ['00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex'],
  ])('carries the secret %s as typed, in its encoding (%s)', async (secret, encoding) => {
    expect(await carry(secret, encoding)).toMatchObject({ kind: 'signing', keyText: secret, encoding });
  });

  it.each([
    ['a private PEM', 'privatePem'],
    ['a private JWK', 'privateJwk'],
  ])('carries %s as it is', async (_name, key) => {
    expect(await carry(key)).toEqual({
      kind: 'signing',
      keyText: texts[key],
      encoding: 'utf8',
      description: expect.stringMatching(/P-256/),
    });
  });

  it('carries the private JWK of a JWKS entry that verified, not the set', async () => {
    const result = await carry('jwksPrivate', 'utf8', 2);
    expect(result.kind).toBe('signing');
    expect(JSON.parse(result.keyText)).toEqual(JSON.parse(texts.privateJwk ?? ''));
  });

  it('carries the oct key of a JWKS as a base64url secret', async () => {
    expect(await carry('jwksOct', 'utf8', 2)).toMatchObject({
      kind: 'signing',
      keyText: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYg',
      encoding: 'base64url',
    });
  });

  it.each([
    ['a public PEM', 'publicPem'],
    ['a public JWK', 'publicJwk'],
    ['a JWKS of public keys', 'jwksPublic'],
  ])('reports %s as public and never carries it as a signing key', async (_name, key) => {
    expect(await carry(key)).toEqual({
      kind: 'public',
      keyText: '',
      encoding: 'utf8',
      description: expect.stringMatching(/public key/),
    });
  });

  it.each([
    ['an empty field', ''],
    ['a key that could not be read', '{"kty":'],
  ])('has nothing to carry from %s', async (_name, text) => {
    expect(await carry(text)).toMatchObject({ kind: 'none', keyText: '' });
  });
});
