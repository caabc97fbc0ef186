import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeToken } from './decode';
import { resignOriginal } from './resign-original';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const compact = (header: string, payload: string, signature = 'c2ln') =>
  `${b64(header)}.${b64(payload)}.${signature}`;

const HEADER = '{"alg":"HS256","typ":"JWT"}';
const PAYLOAD = '{"sub":"user-1234","role":"user"}';

describe('resignOriginal', () => {
  it.each([
    ['compact JSON', HEADER, PAYLOAD],
    [
      'pretty-printed, members in any order',
      '{\n  "typ": "JWT",\n  "alg": "HS256"\n}',
      '{ "role" : "user" }',
    ],
    ['CRLF line breaks and tabs', '{\r\n\t"alg":"HS256"\r\n}', '{\t"a":1}'],
    ['non-ASCII text and escapes as written', HEADER, '{"name":"Zoë 🦊","esc":"\\u00e9\\n"}'],
    ['duplicate members and a big integer, as written', HEADER, '{"n":12345678901234567890,"a":1,"a":2}'],
  ])('carries %s byte for byte', (_name, header, payload) => {
    const token = compact(header, payload);
    const result = resignOriginal(decodeToken(token));
    expect(result).toEqual({
      ok: true,
      value: { headerText: header, payloadText: payload, token, alg: 'HS256', exact: true, notes: [] },
    });
  });

  it('carries any JSON object text exactly (property)', () => {
    const objectText = fc
      .tuple(fc.dictionary(fc.string(), fc.jsonValue()), fc.constantFrom(undefined, 1, 2, '\t'))
      .map(([value, indent]) => JSON.stringify(value, null, indent));
    fc.assert(
      fc.property(objectText, (payload) => {
        const result = resignOriginal(decodeToken(compact(HEADER, payload)));
        return result.ok && result.value.payloadText === payload && result.value.exact;
      }),
    );
  });

  it('says when the segments are not canonical base64url, so even unchanged the bytes differ', () => {
    // "e30" is "{}"; "e31" decodes to the same bytes with stray low bits set.
    const result = resignOriginal(decodeToken(`${b64(HEADER)}.e31.c2ln`));
    expect(result.ok && result.value).toMatchObject({ payloadText: '{}', exact: false });
    expect(result.ok && result.value.notes.join(' ')).toMatch(
      /payload is not encoded the way a signer writes/,
    );
  });

  it('says so when the header starts with a byte-order mark, which UTF-8 decoding drops', () => {
    const result = resignOriginal(decodeToken(compact(`\uFEFF${HEADER}`, PAYLOAD)));
    expect(result.ok && result.value).toMatchObject({ headerText: HEADER, exact: false });
  });

  it('takes the signature that verified from a general JWS JSON, without its unprotected header', () => {
    const other = b64('{"alg":"HS512"}');
    const payloadB64 = b64(PAYLOAD);
    const json = JSON.stringify({
      payload: payloadB64,
      signatures: [
        { protected: other, signature: 'AAAA' },
        { protected: b64(HEADER), header: { kid: 'k2' }, signature: 'c2ln' },
      ],
    });
    const result = resignOriginal(decodeToken(json), 1);
    expect(result.ok && result.value).toMatchObject({
      headerText: HEADER,
      payloadText: PAYLOAD,
      token: `${b64(HEADER)}.${payloadB64}.c2ln`,
      exact: true,
    });
    expect(result.ok && result.value.notes).toEqual([
      'The original uses the JWS JSON serialization; the encoder makes the compact form of signature 2 of 2.',
      'Its unprotected header is not covered by the signature and is left out.',
    ]);
  });

  it('keeps an unsecured token editable (the encoder then asks for an algorithm)', () => {
    const result = resignOriginal(decodeToken(`${b64('{"alg":"none"}')}.${b64(PAYLOAD)}.`));
    expect(result.ok && result.value).toMatchObject({ alg: 'none', exact: true });
  });
});
