import { describe, expect, it } from 'vitest';
import { decodeToken } from './decode';
import { encodeToken, type EncodeInput } from './encode-token';
import { verifyToken } from './verify';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const SECRET = 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldC0zMi1ieXRlcw';
const base: EncodeInput = {
  headerText: '{"alg":"HS256","typ":"JWT"}',
  payloadText: '{\n  "sub": "42",\n  "role": "user"\n}',
  mode: 'compact',
  keyText: SECRET,
  encoding: 'base64url',
  allowShortSecret: false,
};

describe('encodeToken', () => {
  it('signs compact JSON that verifies with the same secret', async () => {
    const outcome = await encodeToken(base);
    expect(outcome.errors).toEqual([]);
    const decoded = decodeToken(outcome.signed!.token);
    expect(decoded.payload?.text).toBe('{"sub":"42","role":"user"}');
    const verdict = await verifyToken(decoded, {
      keyText: SECRET,
      encoding: 'base64url',
      nowMs: NOW,
      skewSeconds: 0,
    });
    expect(verdict.state).toBe('verified');
  });

  it('signs the payload exactly as typed in as-typed mode', async () => {
    const outcome = await encodeToken({ ...base, mode: 'as-typed' });
    expect(decodeToken(outcome.signed!.token).payload?.text).toBe(base.payloadText);
  });

  it.each([
    [
      'broken header and payload',
      { headerText: '{', payloadText: '[' },
      [
        ['HEADER_NOT_JSON', 'header'],
        ['PAYLOAD_NOT_JSON', 'payload'],
      ],
    ],
    ['no key', { keyText: '  ' }, [['KEY_EMPTY', 'key']]],
    ['alg none', { headerText: '{"alg":"none"}' }, [['ALG_NONE', 'header']]],
    ['no alg', { headerText: '{"typ":"JWT"}' }, [['ALG_MISSING', 'header']]],
    ['a short secret', { keyText: 'secret', encoding: 'utf8' as const }, [['KEY_TOO_SMALL', 'key']]],
    [
      'a public key',
      {
        keyText:
          '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}',
      },
      [['KEY_INVALID', 'key']],
    ],
  ])('reports %s beside its field', async (_name, change, expected) => {
    const outcome = await encodeToken({ ...base, ...change });
    expect(outcome.signed).toBeNull();
    expect(outcome.errors.map((e) => [e.code, e.field])).toEqual(expected);
  });

  it('signs with a short secret once the user allows it, and says it is weak', async () => {
    const outcome = await encodeToken({
      ...base,
      keyText: 'secret',
      encoding: 'utf8',
      allowShortSecret: true,
    });
    expect(outcome.signed?.weakKey).toBe(true);
  });
});
