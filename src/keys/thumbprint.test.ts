import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import { jwkThumbprint, thumbprintInput } from './thumbprint';

// RFC 7638 §3.1's example key (from RFC 7517 Appendix A.1) and the thumbprint the RFC gives for it.
const RFC_7638_KEY: JWK = {
  kty: 'RSA',
  n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
  e: 'AQAB',
  alg: 'RS256',
  kid: '2011-04-29',
};
const RFC_7638_THUMBPRINT = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

const jwkOf = (key: KeyObject): JWK => key.export({ format: 'jwk' }) as JWK;

/** Fresh keys of every type, public and private, from Node (independent of the code under test). */
const GENERATED: readonly { name: string; jwk: JWK }[] = (() => {
  const pairs = {
    'RSA 2048': generateKeyPairSync('rsa', { modulusLength: 2048 }),
    'EC P-256': generateKeyPairSync('ec', { namedCurve: 'P-256' }),
    'EC P-384': generateKeyPairSync('ec', { namedCurve: 'P-384' }),
    'EC P-521': generateKeyPairSync('ec', { namedCurve: 'P-521' }),
    Ed25519: generateKeyPairSync('ed25519'),
  };
  const out = Object.entries(pairs).flatMap(([name, pair]) => [
    { name: `${name} public`, jwk: jwkOf(pair.publicKey) },
    { name: `${name} private`, jwk: jwkOf(pair.privateKey) },
  ]);
  out.push({ name: 'oct', jwk: { kty: 'oct', k: randomBytes(32).toString('base64url') } });
  return out;
})();

describe('thumbprintInput', () => {
  it('is the RFC 7638 §3.1 JSON: required members only, sorted, no whitespace', () => {
    const input = thumbprintInput(RFC_7638_KEY);
    expect(input).toEqual({ ok: true, value: `{"e":"AQAB","kty":"RSA","n":"${RFC_7638_KEY.n}"}` });
  });

  it.each([
    [
      'EC',
      { kty: 'EC', y: 'Y', x: 'X', crv: 'P-256', kid: 'k' },
      '{"crv":"P-256","kty":"EC","x":"X","y":"Y"}',
    ],
    ['OKP', { x: 'X', kty: 'OKP', crv: 'Ed25519', d: 'D' }, '{"crv":"Ed25519","kty":"OKP","x":"X"}'],
    ['oct', { k: 'K', kty: 'oct', alg: 'HS256' }, '{"k":"K","kty":"oct"}'],
  ])('orders the %s members lexicographically', (_name, jwk, expected) => {
    expect(thumbprintInput(jwk as JWK)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['no kty', { n: 'AQAB', e: 'AQAB' }, 'KEY_UNSUPPORTED'],
    ['an unknown kty', { kty: 'DSA', y: 'AQAB' }, 'KEY_UNSUPPORTED'],
    ['an RSA key without n', { kty: 'RSA', e: 'AQAB' }, 'KEY_INVALID'],
    ['an EC key without y', { kty: 'EC', crv: 'P-256', x: 'AQAB' }, 'KEY_INVALID'],
    ['an OKP key whose x is not a string', { kty: 'OKP', crv: 'Ed25519', x: 5 }, 'KEY_INVALID'],
    ['an oct key with an empty k', { kty: 'oct', k: '' }, 'KEY_INVALID'],
  ])('returns an error for %s', (_name, jwk, code) => {
    const result = thumbprintInput(jwk as unknown as JWK);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe('key');
    expect(result.error.message).toContain('RFC 7638');
  });
});

describe('jwkThumbprint', () => {
  it('gives the thumbprint RFC 7638 §3.1 gives for its example key', async () => {
    expect(await jwkThumbprint(RFC_7638_KEY)).toEqual({ ok: true, value: RFC_7638_THUMBPRINT });
  });

  it('ignores optional members: the bare RFC key has the same thumbprint', async () => {
    const bare: JWK = { kty: 'RSA', n: RFC_7638_KEY.n, e: 'AQAB' };
    expect(await jwkThumbprint(bare)).toEqual({ ok: true, value: RFC_7638_THUMBPRINT });
  });

  it.each(GENERATED)('matches jose.calculateJwkThumbprint for a generated $name key', async ({ jwk }) => {
    const expected = await calculateJwkThumbprint(jwk, 'sha256');
    expect(await jwkThumbprint(jwk)).toEqual({ ok: true, value: expected });
  });

  it('changes when one byte of the key changes', async () => {
    const base = (await jwkThumbprint({ kty: 'oct', k: 'AAAA' })) as { ok: true; value: string };
    const changed = (await jwkThumbprint({ kty: 'oct', k: 'AAAB' })) as { ok: true; value: string };
    expect(changed.value).not.toBe(base.value);
  });

  it('returns the input error instead of hashing an incomplete key', async () => {
    const result = await jwkThumbprint({ kty: 'RSA', n: 'AQAB' });
    expect(result).toMatchObject({ ok: false, error: { code: 'KEY_INVALID', field: 'key' } });
  });
});
