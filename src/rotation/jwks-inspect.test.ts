import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { calculateJwkThumbprint } from 'jose';
import { describe, expect, it } from 'vitest';
import { cleanPublicJwks, inspectJwks, type JwksReport } from './jwks-inspect';

type Jwk = Record<string, unknown>;

// RFC 7638 §3.1's example key and the thumbprint the RFC gives for it.
const RFC_RSA: Jwk = {
  kty: 'RSA',
  n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
  e: 'AQAB',
  alg: 'RS256',
  kid: '2011-04-29',
};
const RFC_THUMBPRINT = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

const ecPair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const EC_PRIVATE = ecPair.privateKey.export({ format: 'jwk' }) as Jwk;
const EC: Jwk = {
  ...(ecPair.publicKey.export({ format: 'jwk' }) as Jwk),
  kid: 'ec-1',
  alg: 'ES256',
  use: 'sig',
};
const ED: Jwk = {
  ...(generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }) as Jwk),
  kid: 'ed-1',
  alg: 'EdDSA',
};
const RSA_PRIVATE = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
  format: 'jwk',
}) as Jwk;
const RSA_1024 = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({
  format: 'jwk',
}) as Jwk;
const OCT: Jwk = { kty: 'oct', kid: 'hs-1', k: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8' };

async function report(keys: unknown): Promise<JwksReport> {
  const result = await inspectJwks(JSON.stringify(keys));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

type Expected = [severity: 'error' | 'warning', keyIndex: number | undefined, fragment: string];

describe('inspectJwks', () => {
  it.each<[string, unknown, Expected[]]>([
    ['a clean set', { keys: [RFC_RSA, EC, ED] }, []],
    ['a missing kid', { keys: [{ ...EC, kid: undefined }] }, [['warning', 0, 'No "kid"']]],
    ['a kid that is not a string', { keys: [{ ...EC, kid: 7 }] }, [['error', 0, '"kid" must be a string']]],
    [
      'a duplicate kid',
      { keys: [EC, RFC_RSA, { ...EC }] },
      [['error', 2, 'Duplicate kid "ec-1" (also key 1)']],
    ],
    [
      'a kid shared by two key types',
      { keys: [EC, { ...RFC_RSA, kid: 'ec-1' }] },
      [['warning', 1, 'Duplicate kid']],
    ],
    [
      'a private EC key',
      { keys: [{ ...EC_PRIVATE, kid: 'x' }] },
      [['error', 0, 'Private member "d" in a public set']],
    ],
    [
      'a private RSA key',
      { keys: [{ ...RSA_PRIVATE, kid: 'x' }] },
      [['error', 0, 'Private members "d", "p", "q", "dp", "dq", "qi"']],
    ],
    ['an HMAC secret', { keys: [OCT] }, [['error', 0, 'A symmetric secret ("k") in a public set']]],
    ['an RSA 1024 key', { keys: [{ ...RSA_1024, kid: 'x' }] }, [['error', 0, 'RSA key of 1024 bits']]],
    [
      'RS256 on an EC key',
      { keys: [{ ...EC, alg: 'RS256' }] },
      [['error', 0, 'alg RS256 needs an RSA key, but this key is EC']],
    ],
    [
      'ES384 on P-256',
      { keys: [{ ...EC, alg: 'ES384' }] },
      [['error', 0, 'needs curve P-384, but this key is on P-256']],
    ],
    [
      'a JWE alg on the wrong key',
      { keys: [{ ...EC, alg: 'RSA-OAEP', use: 'enc' }] },
      [['error', 0, 'alg RSA-OAEP needs an RSA key']],
    ],
    ['alg none', { keys: [{ ...EC, alg: 'none' }] }, [['error', 0, 'alg "none"']]],
    [
      'an unknown alg',
      { keys: [{ ...EC, alg: 'constructor' }] },
      [['warning', 0, 'Unknown alg "constructor"']],
    ],
    ['use foo', { keys: [{ ...EC, use: 'foo' }] }, [['warning', 0, 'Unknown use "foo"']]],
    [
      'use enc with a signing alg',
      { keys: [{ ...EC, use: 'enc' }] },
      [['warning', 0, 'use "enc" with the signing alg ES256']],
    ],
    [
      'use with key_ops',
      { keys: [{ ...EC, key_ops: ['verify'] }] },
      [['warning', 0, 'Both "use" and "key_ops"']],
    ],
    ['a missing kty', { keys: [{ kid: 'x' }] }, [['error', 0, 'No "kty"']]],
    ['an unknown kty', { keys: [{ kty: '__proto__', kid: 'x' }] }, [['error', 0, 'Unknown kty "__proto__"']]],
    ['an EC key without y', { keys: [{ ...EC, y: undefined }] }, [['error', 0, 'This EC key has no "y"']]],
    [
      'an unknown curve',
      { keys: [{ ...ED, alg: undefined, crv: 'Ed9' }] },
      [['error', 0, 'Unknown curve "Ed9"']],
    ],
    ['an entry that is not an object', { keys: [EC, 'ec-2'] }, [['error', 1, 'Key 2 is not a JSON object']]],
    ['an empty set', { keys: [] }, [['warning', undefined, 'no keys']]],
    ['a single JWK', EC, [['warning', undefined, 'single JWK, not a set']]],
  ])('reports %s', async (_name, input, expected) => {
    const { problems } = await report(input);
    expect(problems.map((p) => [p.severity, p.keyIndex, p.message])).toEqual(
      expected.map(([severity, index, fragment]) => [severity, index, expect.stringContaining(fragment)]),
    );
  });

  it('tags each key problem with its kid', async () => {
    const { problems } = await report({ keys: [{ ...EC, use: 'foo' }] });
    expect(problems[0]?.kid).toBe('ec-1');
  });

  it('lists every key with its type, size and RFC 7638 thumbprint', async () => {
    const { rows } = await report({ keys: [RFC_RSA, EC, OCT, { ...RSA_1024, kid: 'old' }, 42] });
    expect(rows).toEqual([
      {
        index: 0,
        kty: 'RSA',
        alg: 'RS256',
        use: undefined,
        kid: '2011-04-29',
        size: '2048-bit',
        thumbprint: RFC_THUMBPRINT,
        hasPrivateMembers: false,
      },
      {
        index: 1,
        kty: 'EC',
        alg: 'ES256',
        use: 'sig',
        kid: 'ec-1',
        size: 'P-256',
        thumbprint: await calculateJwkThumbprint({
          kty: 'EC',
          crv: 'P-256',
          x: EC.x as string,
          y: EC.y as string,
        }),
        hasPrivateMembers: false,
      },
      expect.objectContaining({ kty: 'oct', size: '256-bit', hasPrivateMembers: true }),
      expect.objectContaining({ size: '1024-bit' }),
      { index: 4, thumbprint: null, hasPrivateMembers: false },
    ]);
  });

  it.each([
    ['empty text', '  ', 'KEY_EMPTY', 'Paste a JWK Set'],
    ['text that is not JSON', '{"keys": [}', 'KEY_INVALID', 'Line 1, column 11'],
    ['an array', '[]', 'KEY_INVALID', 'is a JSON object'],
    ['keys that are not an array', '{"keys": 5}', 'KEY_INVALID', 'needs a "keys" member'],
  ])('fails on %s', async (_name, text, code, message) => {
    const result = await inspectJwks(text);
    expect(!result.ok && [result.error.code, result.error.field]).toEqual([code, 'key']);
    expect(!result.ok && result.error.message).toContain(message);
  });

  it('never throws, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
        const result = await inspectJwks(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('never throws on JWK-shaped JSON', async () => {
    const member = fc.constantFrom(
      'kty',
      'kid',
      'alg',
      'use',
      'crv',
      'n',
      'e',
      'x',
      'y',
      'd',
      'k',
      'key_ops',
      '__proto__',
    );
    const value = fc.oneof(
      fc.constantFrom('RSA', 'EC', 'OKP', 'oct', 'RS256', 'EdDSA', 'P-256', 'constructor', 'AQAB'),
      fc.jsonValue(),
    );
    const set = fc.record({
      keys: fc.array(fc.oneof(fc.dictionary(member, value), fc.jsonValue()), { maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(set, async (keys) => {
        const result = await inspectJwks(JSON.stringify(keys));
        expect(result.ok).toBe(true);
        if (result.ok) expect(() => JSON.parse(cleanPublicJwks(result.value)) as unknown).not.toThrow();
      }),
    );
  });
});

describe('cleanPublicJwks', () => {
  it('removes private members, drops secrets and non-keys, and keeps the rest', async () => {
    const text = cleanPublicJwks(
      await report({
        keys: [{ ...EC_PRIVATE, kid: 'e', use: 'sig' }, OCT, { ...RSA_PRIVATE, kid: 'r' }, 'x'],
      }),
    );
    const cleaned = JSON.parse(text) as { keys: Jwk[] };
    expect(cleaned.keys.map((k) => Object.keys(k).sort())).toEqual([
      ['crv', 'kid', 'kty', 'use', 'x', 'y'],
      ['e', 'kid', 'kty', 'n'],
    ]);
    expect((await report(cleaned)).problems).toEqual([]);
  });
});
