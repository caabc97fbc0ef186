import { describe, expect, it } from 'vitest';
import { VECTORS } from '@/test-support/vectors';
import { flattenFor, parseJweStructure } from './jwe-structure';

const token = (id: string) => VECTORS.find((vector) => vector.id === id)!.token;

describe('parseJweStructure', () => {
  it('reads a compact JWE: one recipient whose header is the protected header', () => {
    const result = parseJweStructure(token('rfc7520-5.8-A128KW-A128GCM'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value).toMatchObject({ serialization: 'compact', sharedHeader: null });
    expect(result.value.recipients).toHaveLength(1);
    expect(result.value.recipients[0]?.joseHeader).toMatchObject({ alg: 'A128KW', enc: 'A128GCM' });
  });

  it('reads the general JSON serialization with each recipient’s whole header (RFC 7516 §7.2.1)', () => {
    const result = parseJweStructure(token('rfc7516-A.4-general-json-A128KW-recipient'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.serialization).toBe('json-general');
    expect(result.value.recipients.map((recipient) => recipient.joseHeader)).toEqual([
      { enc: 'A128CBC-HS256', jku: 'https://server.example.com/keys.jwks', alg: 'RSA1_5', kid: '2011-04-29' },
      { enc: 'A128CBC-HS256', jku: 'https://server.example.com/keys.jwks', alg: 'A128KW', kid: '7' },
    ]);
  });

  it('reads the flattened form with its AAD, and flattens one recipient back for jose', () => {
    const result = parseJweStructure(token('rfc7520-5.10-A128KW-A128GCM-flattened-json'));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.serialization).toBe('json-flattened');
    expect(result.value.aad).toEqual(expect.any(String));
    const flattened = flattenFor(result.value, 0);
    expect(Object.keys(flattened).sort()).toEqual([
      'aad',
      'ciphertext',
      'encrypted_key',
      'iv',
      'protected',
      'tag',
    ]);
  });

  it('leaves the empty encrypted key of dir out, as compactDecrypt does', () => {
    const result = parseJweStructure(token('rfc7520-5.6-dir-A128GCM'));
    if (!result.ok) throw new Error(result.error.message);
    expect(flattenFor(result.value, 0).encrypted_key).toBeUndefined();
  });

  it.each([
    ['four segments', 'eyJhbGciOiJkaXIifQ.a.b.c', /has 4 parts/],
    ['a header that is not JSON', 'bm90IGpzb24.a.b.c.d', /not a JSON object/],
    ['JSON that is not a JWE', '{"payload":"x"}', /"ciphertext" string/],
    ['an empty recipients array', '{"ciphertext":"x","recipients":[]}', /non-empty array/],
    [
      'a recipient header that is a string',
      '{"ciphertext":"x","recipients":[{"header":"x"}]}',
      /"header" member of recipient 1/,
    ],
    ['an iv that is a number', '{"ciphertext":"x","iv":7}', /"iv" member/],
    ['broken JSON', '{"ciphertext":', /not valid JSON/],
  ])('says what is wrong with %s', (_name, text, message) => {
    const result = parseJweStructure(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: 'TOKEN_MALFORMED', field: 'token' });
      expect(result.error.message).toMatch(message);
    }
  });
});
