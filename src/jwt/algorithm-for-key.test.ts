import { describe, expect, it } from 'vitest';
import type { SigningKey } from '@/keys/signing-key';
import { algorithmForKey } from './algorithm-for-key';

const secret = (length: number): SigningKey => ({
  kind: 'secret',
  bytes: new Uint8Array(length),
  encoding: 'utf8',
  description: '',
});
const pair = (jwk: Record<string, string>): SigningKey => ({
  kind: 'private',
  jwk,
  publicJwk: jwk,
  description: '',
});

describe('algorithmForKey', () => {
  it.each([
    ['a 32-byte secret', secret(32), 'HS256'],
    ['a 6-byte secret', secret(6), 'HS256'],
    ['a 48-byte secret', secret(48), 'HS384'],
    ['a 64-byte secret', secret(64), 'HS512'],
    ['an RSA key', pair({ kty: 'RSA' }), 'RS256'],
    ['an RSA key marked PS384', pair({ kty: 'RSA', alg: 'PS384' }), 'PS384'],
    ['a P-384 key', pair({ kty: 'EC', crv: 'P-384' }), 'ES384'],
    ['a P-521 key', pair({ kty: 'EC', crv: 'P-521' }), 'ES512'],
    ['an Ed25519 key', pair({ kty: 'OKP', crv: 'Ed25519' }), 'EdDSA'],
    ['a secp256k1 key', pair({ kty: 'EC', crv: 'secp256k1' }), null],
  ])('suggests %s → %s', (_name, key, expected) => {
    expect(algorithmForKey(key)).toBe(expected);
  });
});
