import { describe, expect, it } from 'vitest';
import { readJwk } from './parse-jwk';

const ED_X = '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo';

describe('readJwk', () => {
  it('strips private members, keeps the rest, and turns key_ops into their public counterparts', () => {
    const result = readJwk({
      kty: 'OKP',
      crv: 'Ed25519',
      x: ED_X,
      d: 'AA',
      kid: 'k',
      use: 'sig',
      alg: 'EdDSA',
      key_ops: ['sign'],
    });
    expect(result.ok && result.value.candidate).toEqual({
      jwk: { kty: 'OKP', crv: 'Ed25519', x: ED_X, kid: 'k', use: 'sig', alg: 'EdDSA', key_ops: ['verify'] },
      description: 'Ed25519 public key (from a private JWK)',
      kid: 'k',
      fromPrivate: true,
    });
  });

  it('keeps k of an oct key, which is the secret itself', () => {
    const result = readJwk({ kty: 'oct', k: 'AAAA', d: 'ignored' });
    expect(
      result.ok && [
        result.value.candidate.jwk.k,
        result.value.candidate.fromPrivate,
        result.value.candidate.bits,
      ],
    ).toEqual(['AAAA', false, 24]);
  });

  it.each([
    ['an array', [], 'KEY_INVALID', 'must be a JSON object'],
    ['an EC key without crv', { kty: 'EC', x: 'AA', y: 'AA' }, 'KEY_INVALID', 'no "crv"'],
    [
      'an EC key on an unknown curve',
      { kty: 'EC', crv: 'P-192', x: 'AA', y: 'AA' },
      'KEY_UNSUPPORTED',
      'curve "P-192"',
    ],
    ['an Ed25519 key without x', { kty: 'OKP', crv: 'Ed25519', d: 'AA' }, 'KEY_INVALID', 'no "x"'],
    ['an RSA key with a zero exponent', { kty: 'RSA', n: 'AQAB', e: 'AA' }, 'KEY_INVALID', 'zero "n" or "e"'],
    ['an RSA key with a numeric n', { kty: 'RSA', n: 5, e: 'AQAB' }, 'KEY_INVALID', 'no "n"'],
  ] as const)('fails on %s', (_name, value, code, message) => {
    const result = readJwk(value);
    expect(!result.ok && [result.error.code, result.error.field]).toEqual([code, 'key']);
    expect(!result.ok && result.error.message).toContain(message);
  });
});
