import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VECTORS } from '@/test-support/vectors';
import { decodeToken } from './decode';

const decodable = VECTORS.filter(
  (v) => v.kind !== 'jwe' && v.expect.header !== undefined && v.detachedPayload === undefined,
);

describe('decodeToken', () => {
  it.each(decodable.map((v) => [v.id, v] as const))('decodes the header of vector %s', (_id, vector) => {
    const decoded = decodeToken(vector.token);
    // General JSON carries several signatures; the vector's header is the one for its `keyAlg`.
    const headers = decoded.signatures.map((s) => s.protectedHeader.value);
    expect(vector.serialization === 'json-general' ? headers : [decoded.header?.value]).toContainEqual(
      vector.expect.header,
    );
  });

  const withPayload = decodable.filter((v) => v.expect.payloadText !== undefined);
  it.each(withPayload.map((v) => [v.id, v] as const))(
    'decodes the exact payload text of vector %s',
    (_id, vector) => {
      const decoded = decodeToken(vector.token);
      if (vector.category === 'malformed' && decoded.payload?.error) {
        expect(decoded.payload.error.field).toBe('payload');
        return;
      }
      expect(decoded.payload?.text).toBe(vector.expect.payloadText);
    },
  );

  const jwe = VECTORS.filter(
    (v) =>
      v.kind === 'jwe' ||
      (v.kind === 'jwt' && v.expect.alg && !v.token.includes('"payload"') && v.token.split('.').length === 5),
  );
  it.each(jwe.map((v) => [v.id, v] as const))(
    'decodes JWE vector %s as a JWE with its header',
    (_id, vector) => {
      const decoded = decodeToken(vector.token);
      expect(decoded.kind).toBe('jwe');
      if (vector.expect.header && vector.serialization === 'compact')
        expect(decoded.header?.value).toEqual(vector.expect.header);
    },
  );

  it.each([
    ['', 'TOKEN_EMPTY', 'token'],
    ['eyJhbGciOiJIUzI1NiJ9', 'TOKEN_MALFORMED', 'token'],
    ['eyJhbGciOiJIUzI1NiJ9.e30', 'TOKEN_MALFORMED', 'token'],
    ['a.b.c.d', 'TOKEN_MALFORMED', 'token'],
    ['eyJ0e*AiOiJKV1QifQ.e30.', 'SEGMENT_NOT_BASE64URL', 'header'],
    ['bm90IGpzb24.e30.', 'HEADER_NOT_JSON', 'header'],
    ['WyJIUzI1NiJd.e30.', 'HEADER_NOT_OBJECT', 'header'],
    ['eyJ0eXAiOiJKV1QifQ.e30.', 'ALG_MISSING', 'header'],
    ['eyJhbGciOiIifQ.e30.', 'ALG_MISSING', 'header'],
    ['eyJhbGciOiJIUzI1NiJ9.e30!.', 'SEGMENT_NOT_BASE64URL', 'payload'],
    ['eyJhbGciOiJIUzI1NiJ9.e30.ab+/', 'SEGMENT_NOT_BASE64URL', 'signature'],
    ['eyJhbGciOiJIUzI1NiJ9.e30.abcd=', 'SEGMENT_NOT_BASE64URL', 'signature'],
    ['eyJhbGciOiJIUzI1NiJ9.e30.abcde', 'SEGMENT_NOT_BASE64URL', 'signature'],
    ['{"payload": 1, "signature": "x", "protected": "eyJhbGciOiJIUzI1NiJ9"}', 'TOKEN_MALFORMED', 'payload'],
    ['{not json', 'TOKEN_MALFORMED', 'token'],
  ])('reports %j as %s in field %s', (input, code, field) => {
    const { errors } = decodeToken(input);
    expect(errors).toContainEqual(expect.objectContaining({ code, field }));
    const error = errors.find((e) => e.code === code);
    expect(error?.message.length).toBeGreaterThan(20);
  });

  it('still decodes the header when the payload is broken', () => {
    const decoded = decodeToken('eyJhbGciOiJIUzI1NiJ9.e30!.');
    expect(decoded.header?.value).toEqual({ alg: 'HS256' });
  });

  it('shows a binary payload as hex', () => {
    const decoded = decodeToken('eyJhbGciOiJIUzI1NiJ9.__79.sig');
    expect(decoded.payload?.hex).toBe('fffefd');
    expect(decoded.payload?.isJson).toBe(false);
  });

  it('honours b64:false (RFC 7797) for the payload', () => {
    const decoded = decodeToken('eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19.$.02.sig');
    expect(decoded.errors).toEqual([expect.objectContaining({ code: 'TOKEN_MALFORMED' })]);
    const inline = decodeToken('eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19.hello world!.sig');
    expect(inline.payload?.text).toBe('hello world!');
    expect(inline.payload?.base64urlEncoded).toBe(false);
  });

  it('names the five parts of a compact JWE', () => {
    const decoded = decodeToken('eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y2lwaGVy.dGFn');
    expect(decoded.segments.map((s) => s.role)).toEqual([
      'header',
      'encrypted-key',
      'iv',
      'ciphertext',
      'tag',
    ]);
    expect(decoded.alg).toBe('dir');
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), tokenish()), (input) => {
        const decoded = decodeToken(input);
        expect(Array.isArray(decoded.errors)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

/** Strings that look like tokens: dot-separated base64url-ish pieces, sometimes with JSON inside. */
function tokenish() {
  const piece = fc.oneof(
    fc.stringMatching(/^[A-Za-z0-9_\-+/=*!. ]{0,40}$/),
    fc
      .jsonValue()
      .map((v) => btoa(unescape(encodeURIComponent(JSON.stringify(v) ?? 'null'))).replace(/=+$/, '')),
  );
  return fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.'));
}

describe('decodeToken and RFC 7797 b64', () => {
  const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = segment({ sub: 'admin', role: 'admin' });

  it.each([
    ['without crit', { alg: 'HS256', b64: false }],
    ['with crit not naming b64', { alg: 'HS256', b64: false, crit: ['exp'] }],
  ])('ignores b64:false %s, as verifiers do, and decodes the payload as base64url', (_name, header) => {
    const decoded = decodeToken(`${segment(header)}.${claims}.sig`);
    expect(decoded.payload?.base64urlEncoded).toBe(true);
    expect(decoded.payload?.json).toEqual({ sub: 'admin', role: 'admin' });
  });

  it('ignores b64:false in an unprotected header of the JSON serialization', () => {
    const json = JSON.stringify({
      protected: segment({ alg: 'HS256' }),
      header: { b64: false },
      payload: claims,
      signature: 'c2ln',
    });
    expect(decodeToken(json).payload?.json).toEqual({ sub: 'admin', role: 'admin' });
  });
});
