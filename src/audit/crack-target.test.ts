import { describe, expect, it } from 'vitest';
import { bytesToBase64url, utf8ToBytes } from '@/encoding/base64';
import { parseCrackTarget } from './crack-target';

const b64 = (text: string) => bytesToBase64url(utf8ToBytes(text));
const sig = (bytes: number) => bytesToBase64url(new Uint8Array(bytes));
const token = (header: string, signatureBytes = 32) =>
  `${b64(header)}.${b64('{"sub":"1"}')}.${sig(signatureBytes)}`;

describe('parseCrackTarget', () => {
  it.each([
    ['HS256', 32],
    ['HS384', 48],
    ['HS512', 64],
  ] as const)('reads an %s token: signing input as ASCII, signature bytes', (alg, bytes) => {
    const text = token(`{"alg":"${alg}","typ":"JWT"}`, bytes);
    const result = parseCrackTarget(`  ${text}\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.alg).toBe(alg);
    expect(result.value.token).toBe(text);
    expect(new TextDecoder().decode(result.value.message)).toBe(text.slice(0, text.lastIndexOf('.')));
    expect(result.value.signature).toEqual(new Uint8Array(bytes));
  });

  it.each([
    ['two segments', 'a.b', 'TOKEN_MALFORMED', 'token'],
    ['a JWE', 'a.b.c.d.e', 'TOKEN_MALFORMED', 'token'],
    ['a header that is not base64url', `#.${b64('{}')}.${sig(32)}`, 'SEGMENT_NOT_BASE64URL', 'header'],
    [
      'a signature that is not base64url',
      `${b64('{"alg":"HS256"}')}.e30.#`,
      'SEGMENT_NOT_BASE64URL',
      'signature',
    ],
    ['a header that is not JSON', token('{alg'), 'HEADER_NOT_JSON', 'header'],
    ['a header that is an array', token('["HS256"]'), 'HEADER_NOT_OBJECT', 'header'],
    ['no alg', token('{"typ":"JWT"}'), 'ALG_MISSING', 'header'],
    ['alg none', token('{"alg":"none"}'), 'ALG_NONE', 'header'],
    ['RS256', token('{"alg":"RS256"}'), 'ALG_UNSUPPORTED', 'header'],
    ['a short HS512 signature', token('{"alg":"HS512"}', 32), 'SIGNATURE_INVALID', 'signature'],
  ])('rejects %s', (_name, text, code, field) => {
    const result = parseCrackTarget(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, field });
  });
});
