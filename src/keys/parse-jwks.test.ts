import { describe, expect, it } from 'vitest';
import { readJwks } from './parse-jwks';

const ED_X = '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo';
const oct = (kid: string, k = 'c2VjcmV0') => ({ kty: 'oct', kid, k });

describe('readJwks', () => {
  it('keeps every usable key in set order, with its kid, and notes the skipped ones', () => {
    const result = readJwks([
      oct('a'),
      { kty: 'foo', kid: 'x' },
      { kty: 'OKP', crv: 'Ed25519', x: ED_X, kid: 'b' },
      7,
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.source).toBe('jwks');
    expect(result.value.candidates.map((candidate) => [candidate.kid, candidate.description])).toEqual([
      ['a', '6-byte HMAC secret (48 bits)'],
      ['b', 'Ed25519 public key'],
    ]);
    expect(result.value.notes).toEqual([
      'Skipped key 2 (kid "x"): Unsupported kty "foo": this tool verifies with RSA, EC, OKP (Ed25519) and oct keys.',
      'Skipped key 4: A JWK must be a JSON object such as {"kty": "RSA", "n": "…", "e": "AQAB"}.',
    ]);
  });

  it('notes shared kids and a private key once', () => {
    const ed = { kty: 'OKP', crv: 'Ed25519', x: ED_X, d: 'AA' };
    const result = readJwks([oct('a'), oct('a', 'AQ'), ed, ed]);
    expect(result.ok && result.value.candidates).toHaveLength(4);
    expect(result.ok && result.value.notes.filter((note) => note.includes('private key'))).toHaveLength(1);
    expect(result.ok && result.value.notes).toContain('2 keys share kid "a"; each of them is tried.');
  });

  it.each([
    ['no array', {}, 'KEY_INVALID', 'must be an array'],
    ['an empty set', [], 'KEY_INVALID', 'is empty'],
    [
      'only unsupported keys',
      [{ kty: 'OKP', crv: 'X25519', x: 'AA' }],
      'KEY_UNSUPPORTED',
      'key 1: This key cannot be used: X25519',
    ],
    ['only broken keys', [{ kty: 'oct' }], 'KEY_INVALID', 'None of the 1 keys'],
  ] as const)('fails on %s', (_name, keys, code, message) => {
    const result = readJwks(keys);
    expect(!result.ok && [result.error.code, result.error.field]).toEqual([code, 'key']);
    expect(!result.ok && result.error.message).toContain(message);
  });
});
