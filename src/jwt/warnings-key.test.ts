import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectKeyWarnings, collectUnprotectedHeaderWarnings, type TokenWarning } from '@/jwt/warnings';

const summary = (warnings: TokenWarning[]) => warnings.map((w) => [w.code, w.severity, w.field]);

interface Vector {
  id: string;
  expect: {
    alg?: string;
    header?: Record<string, unknown>;
    payload?: unknown;
    weakSecret?: { bytes: number; inWallarmList: boolean; wallarmLine: number | null };
  };
}
const VECTORS = JSON.parse(
  readFileSync(new URL('../../data/jose-vectors.json', import.meta.url), 'utf8'),
) as Vector[];

describe('collectKeyWarnings', () => {
  it.each([
    [{ alg: 'HS256', secretByteLength: 6 }, [['SECRET_TOO_SHORT', 'danger', 'key']]],
    [{ alg: 'HS256', secretByteLength: 31 }, [['SECRET_TOO_SHORT', 'danger', 'key']]],
    [{ alg: 'HS256', secretByteLength: 32 }, []],
    [{ alg: 'HS384', secretByteLength: 47 }, [['SECRET_TOO_SHORT', 'danger', 'key']]],
    [{ alg: 'HS384', secretByteLength: 48 }, []],
    [{ alg: 'HS512', secretByteLength: 63 }, [['SECRET_TOO_SHORT', 'danger', 'key']]],
    [{ alg: 'HS512', secretByteLength: 64 }, []],
    [{ alg: 'RS256', secretByteLength: 6 }, []],
    [{ alg: 'XYZ', secretByteLength: 6 }, []],
    [{ alg: 'HS256' }, []],
    [
      { alg: 'HS256', secretByteLength: 64, knownSecret: { where: 'a list' } },
      [['SECRET_KNOWN', 'danger', 'key']],
    ],
    [{ alg: 'RS256', rsaBits: 1024 }, [['RSA_TOO_SMALL', 'danger', 'key']]],
    [{ alg: 'PS512', rsaBits: 2047 }, [['RSA_TOO_SMALL', 'danger', 'key']]],
    [{ alg: 'RS256', rsaBits: 2048 }, []],
    [{ alg: 'RS512', rsaBits: 4096 }, []],
  ])('for %j returns %j', (facts, expected) => {
    expect(summary(collectKeyWarnings(facts))).toEqual(expected);
  });

  it.each([
    [
      { alg: 'HS256', secretByteLength: 6 },
      'RFC 7518 §3.2 requires at least 32 bytes for HS256; this secret has 6. A short secret can be guessed offline from one token: generate 32 random bytes instead.',
      'RFC 7518 §3.2',
    ],
    [
      { alg: 'HS512', secretByteLength: 1 },
      /^RFC 7518 §3\.2 requires at least 64 bytes for HS512; this secret has 1\./,
      'RFC 7518 §3.2',
    ],
    [
      {
        alg: 'HS256',
        secretByteLength: 32,
        knownSecret: { where: 'in the wallarm/jwt-secrets list (line 40)' },
      },
      'This secret is public — it is in the wallarm/jwt-secrets list (line 40): anyone can forge tokens with it. Replace it with a freshly generated random secret and rotate it out.',
      'RFC 8725 §3.5',
    ],
    [
      { alg: 'RS256', rsaBits: 1024 },
      'This RSA key has 1024 bits; RFC 7518 §3.3 requires 2048 or more, and jose refuses smaller keys. Generate a key of at least 2048 bits.',
      'RFC 7518 §3.3',
    ],
    [
      { alg: 'PS256', rsaBits: 512 },
      /^This RSA key has 512 bits; RFC 7518 §3\.5 requires 2048 or more/,
      'RFC 7518 §3.5',
    ],
  ])('explains %j', (facts, message, label) => {
    const [warning] = collectKeyWarnings(facts);
    if (typeof message === 'string') expect(warning?.message).toBe(message);
    else expect(warning?.message).toMatch(message);
    expect(warning?.spec?.label).toBe(label);
  });

  it('reports a short and a known secret together', () => {
    const codes = collectKeyWarnings({ alg: 'HS256', secretByteLength: 6, knownSecret: { where: 'x' } }).map(
      (w) => w.code,
    );
    expect(codes).toEqual(['SECRET_TOO_SHORT', 'SECRET_KNOWN']);
  });

  it.each(VECTORS.filter((v) => v.expect.weakSecret !== undefined).map((v) => [v.id, v] as const))(
    'flags the weak secret of vector %s',
    (_id, vector) => {
      const weak = vector.expect.weakSecret;
      const alg = vector.expect.alg ?? '';
      const hashBytes = Number(alg.slice(2)) / 8;
      const knownSecret = weak?.inWallarmList
        ? { where: `the wallarm list (line ${weak.wallarmLine})` }
        : undefined;
      const codes = collectKeyWarnings({ alg, secretByteLength: weak?.bytes, knownSecret }).map(
        (w) => w.code,
      );
      const expected = [
        ...((weak?.bytes ?? 0) < hashBytes ? ['SECRET_TOO_SHORT'] : []),
        ...(weak?.inWallarmList ? ['SECRET_KNOWN'] : []),
      ];
      expect(codes).toEqual(expected);
    },
  );
});

describe('collectUnprotectedHeaderWarnings', () => {
  it.each([
    ['no unprotected header', null, []],
    ['an unprotected kid only', { kid: 'k1' }, []],
    ['an unprotected alg', { alg: 'HS256' }, ['ALG_UNPROTECTED']],
  ])('%s', (_name, header, codes) => {
    const found = collectUnprotectedHeaderWarnings(header);
    expect(found.map((w) => w.code)).toEqual(codes);
    for (const warning of found) expect(warning).toMatchObject({ field: 'header', severity: 'warning' });
  });
});
