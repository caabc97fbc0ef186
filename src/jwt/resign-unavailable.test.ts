import { describe, expect, it } from 'vitest';
import { decodeToken } from './decode';
import { resignOriginal } from './resign-original';
import { resignUnavailable } from './resign-unavailable';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const compact = (header: string, payload: string, signature = 'c2ln') =>
  `${b64(header)}.${b64(payload)}.${signature}`;

const HEADER = '{"alg":"HS256","typ":"JWT"}';
const PAYLOAD = '{"sub":"user-1234","role":"user"}';

describe('resignUnavailable', () => {
  const jwe = `${b64('{"alg":"dir","enc":"A128GCM"}')}..AAAA.AAAA.AAAA`;
  const unencoded = `${b64('{"alg":"HS256","b64":false,"crit":["b64"]}')}.$.c2ln`;
  it.each([
    ['an encrypted token (JWE)', jwe, 'RESIGN_UNSUPPORTED', 'token'],
    ['an unencoded payload (RFC 7797)', unencoded, 'CRIT_UNSUPPORTED', 'payload'],
    ['a payload that is not JSON', compact(HEADER, 'hello'), 'PAYLOAD_NOT_JSON', 'payload'],
    ['a JSON payload that is not an object', compact(HEADER, '[1]'), 'PAYLOAD_NOT_JSON', 'payload'],
    [
      'a binary payload',
      `${b64(HEADER)}.${Buffer.from([0xff, 0xfe]).toString('base64url')}.c2ln`,
      'PAYLOAD_NOT_JSON',
      'payload',
    ],
    ['a header that is not JSON', compact('nope', PAYLOAD), 'HEADER_NOT_JSON', 'header'],
    ['two segments', `${b64(HEADER)}.${b64(PAYLOAD)}`, 'TOKEN_MALFORMED', 'token'],
    ['no token', '', 'TOKEN_EMPTY', 'token'],
  ])('refuses %s', (_name, token, code, field) => {
    expect(resignUnavailable(decodeToken(token))).toMatchObject({ code, field });
    const result = resignOriginal(decodeToken(token));
    expect(result.ok ? null : result.error).toMatchObject({ code, field });
  });

  it('accepts a whole JWS', () => {
    expect(resignUnavailable(decodeToken(compact(HEADER, PAYLOAD)))).toBeNull();
  });
});
