import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeClaims } from '@/jwt/claims';
import { isJsonObject } from '@/jwt/json-type';
import { tokenTimeStatus } from '@/jwt/time-badge';

/** 2026-11-28T12:00:00Z. */
const NOW_S = 1_795_867_200;
const NOW_MS = NOW_S * 1000;
const UTC_OPTS = { nowMs: NOW_MS, skewSeconds: 0, locale: 'en-US', timeZone: 'UTC' } as const;
const normalize = (text: string | undefined) => text?.replace(/\s/g, ' ');

interface Vector {
  id: string;
  kind: string;
  expect: { header?: Record<string, unknown>; payload?: unknown };
}
const VECTORS = JSON.parse(
  readFileSync(new URL('../../data/jose-vectors.json', import.meta.url), 'utf8'),
) as Vector[];
const JWT_VECTORS = VECTORS.filter((v) => v.kind === 'jwt' && v.expect.header !== undefined);

describe('describeClaims', () => {
  it('describes the RFC 7519 §3.1 example header and payload in order', () => {
    const rows = describeClaims(
      { typ: 'JWT', alg: 'HS256' },
      { iss: 'joe', exp: 1_300_819_380, 'http://example.com/is_root': true },
      UTC_OPTS,
    );
    expect(rows.map((r) => [r.location, r.name, r.valueText, r.registered?.spec])).toEqual([
      ['header', 'typ', 'JWT', 'RFC 7515 §4.1.9'],
      ['header', 'alg', 'HS256', 'RFC 7515 §4.1.1'],
      ['payload', 'iss', 'joe', 'RFC 7519 §4.1.1'],
      ['payload', 'exp', '1300819380', 'RFC 7519 §4.1.4'],
      ['payload', 'http://example.com/is_root', 'true', undefined],
    ]);
    expect(rows[3]?.time).toEqual({
      seconds: 1_300_819_380,
      utc: '2011-03-22 18:43:00 UTC',
      local: expect.stringMatching(/^Tue, Mar 22, 2011, 6:43:00\sPM UTC$/),
      relative: '16 years ago',
      badge: 'expired',
    });
    expect(rows.filter((r) => r.problem !== undefined)).toEqual([]);
  });

  it('shows local times in the requested time zone', () => {
    const [row] = describeClaims(null, { iat: NOW_S - 180 }, { ...UTC_OPTS, timeZone: 'America/New_York' });
    expect(normalize(row?.time?.local)).toBe('Sat, Nov 28, 2026, 6:57:00 AM EST');
    expect(row?.time?.utc).toBe('2026-11-28 11:57:00 UTC');
    expect(row?.time?.relative).toBe('3 minutes ago');
    expect(row?.time?.badge).toBeUndefined();
  });

  it.each([
    ['exp', NOW_S - 1, 0, 'expired'],
    ['exp', NOW_S, 0, 'expired'],
    ['exp', NOW_S + 1, 0, undefined],
    ['exp', NOW_S - 59, 60, undefined],
    ['exp', NOW_S - 60, 60, 'expired'],
    ['exp', NOW_S - 0.5, 0, 'expired'],
    ['nbf', NOW_S + 1, 0, 'not-yet-valid'],
    ['nbf', NOW_S, 0, undefined],
    ['nbf', NOW_S + 60, 60, undefined],
    ['nbf', NOW_S + 61, 60, 'not-yet-valid'],
    ['iat', NOW_S + 1, 0, 'issued-in-future'],
    ['iat', NOW_S, 0, undefined],
    ['iat', NOW_S - 100_000, 0, undefined],
    ['auth_time', NOW_S + 60, 60, undefined],
    ['auth_time', NOW_S + 61, 60, 'issued-in-future'],
  ] as const)('badges %s = %s with %s s leeway as %s', (name, seconds, skewSeconds, badge) => {
    const [row] = describeClaims(null, { [name]: seconds }, { ...UTC_OPTS, skewSeconds });
    expect(row?.time?.seconds).toBe(seconds);
    expect(row?.time?.badge).toBe(badge);
  });

  it.each([['updated_at'], ['iat_custom'], ['expires_in']])(
    'gives %s no time row, since it is no validity date',
    (name) => {
      const [row] = describeClaims(null, { [name]: NOW_S - 10 }, UTC_OPTS);
      expect(row?.time).toBeUndefined();
      expect(row?.problem).toBeUndefined();
    },
  );

  it('leaves time claims in the header alone (RFC 7515 §4.1.11 puts exp there as an extension)', () => {
    const [, row] = describeClaims({ alg: 'ES256', exp: 'soon', crit: ['exp'] }, {}, UTC_OPTS);
    expect(row).toMatchObject({ location: 'header', name: 'exp', valueText: 'soon' });
    expect(row?.time).toBeUndefined();
    expect(row?.problem).toBeUndefined();
    expect(row?.registered).toBeUndefined();
  });

  it.each([
    [
      'exp',
      '1700000000',
      /^exp must be a NumericDate: seconds since 1970, a number; got a string \(RFC 7519 §2, RFC 7519 §4\.1\.4\)\. Remove the quotes/,
    ],
    ['nbf', null, /^nbf must be a NumericDate.*got null \(RFC 7519 §2, RFC 7519 §4\.1\.5\)\.$/],
    ['iat', [1], /^iat must be a NumericDate.*got an array \(RFC 7519 §2, RFC 7519 §4\.1\.6\)\.$/],
    [
      'auth_time',
      {},
      /^auth_time must be a NumericDate.*got an object \(RFC 7519 §2, OpenID Connect Core 1\.0 §2\)\.$/,
    ],
    ['exp', 'tomorrow', /got a string \(RFC 7519 §2, RFC 7519 §4\.1\.4\)\.$/],
    ['exp', true, /got a boolean/],
    ['aud', 5, /^aud must be a string or an array of strings; got a number \(RFC 7519 §4\.1\.3\)\.$/],
    ['aud', ['api', 1], /^aud must be a string or an array of strings; got an array/],
    ['aud', { id: 'api' }, /got an object/],
    ['aud', null, /got null/],
    ['iss', 42, /^iss must be a string; got a number \(RFC 7519 §4\.1\.1\)\.$/],
    ['sub', ['a'], /^sub must be a string; got an array \(RFC 7519 §4\.1\.2\)\.$/],
    ['jti', 7, /^jti must be a string; got a number \(RFC 7519 §4\.1\.7\)\.$/],
  ])('reports a problem for %s = %j', (name, value, message) => {
    const [row] = describeClaims(null, { [name]: value }, UTC_OPTS);
    expect(row?.problem).toMatch(message);
    expect(row?.time).toBeUndefined();
  });

  it.each([
    ['aud', 'api'],
    ['aud', ['api', 'web']],
    ['aud', []],
    ['iss', 'https://issuer.example'],
    ['exp', -1],
    ['exp', 1.5],
  ])('accepts %s = %j without a problem', (name, value) => {
    const [row] = describeClaims(null, { [name]: value }, UTC_OPTS);
    expect(row?.problem).toBeUndefined();
  });

  it('reports out-of-range dates as text (1e400 parses to Infinity)', () => {
    const [exp, nbf] = describeClaims(null, JSON.parse('{"exp":1e400,"nbf":1e20}'), UTC_OPTS);
    expect(exp?.time?.utc).toBe('out of range (infinitely far in the future)');
    expect(exp?.time?.badge).toBeUndefined();
    expect(nbf?.time).toMatchObject({
      relative: expect.stringMatching(/^out of range/),
      badge: 'not-yet-valid',
    });
  });

  it.each([
    ['a string', 'hello world'],
    ['an array', [1, 2, 3]],
    ['null', null],
    ['a number', 5],
  ])('yields only header rows when the payload is %s', (_type, payload) => {
    const rows = describeClaims({ alg: 'HS256' }, payload, UTC_OPTS);
    expect(rows.map((r) => r.name)).toEqual(['alg']);
  });

  it('treats a null header as no rows and keeps names like __proto__ unregistered', () => {
    const payload = JSON.parse('{"__proto__":1,"constructor":{"a":[1,"x"]},"name":"Ada"}') as unknown;
    const rows = describeClaims(null, payload, UTC_OPTS);
    expect(rows.map((r) => [r.name, r.valueText, r.registered?.title])).toEqual([
      ['__proto__', '1', undefined],
      ['constructor', '{"a":[1,"x"]}', undefined],
      ['name', 'Ada', 'Full name'],
    ]);
  });

  it.each(JWT_VECTORS.map((v) => [v.id, v] as const))('describes every name of vector %s', (_id, vector) => {
    const rows = describeClaims(vector.expect.header ?? null, vector.expect.payload, UTC_OPTS);
    const payloadKeys = isJsonObject(vector.expect.payload) ? Object.keys(vector.expect.payload) : [];
    expect(rows.map((r) => r.name)).toEqual([...Object.keys(vector.expect.header ?? {}), ...payloadKeys]);
    expect(rows.filter((r) => r.problem !== undefined)).toEqual([]);
  });

  it('never throws for any JSON header and payload', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.jsonValue(),
        fc.integer({ min: -1e6, max: 1e6 }),
        (header, payload, skew) => {
          const rows = describeClaims(header as Record<string, unknown> | null, payload, {
            ...UTC_OPTS,
            skewSeconds: skew,
          });
          for (const row of rows) expect(typeof row.valueText).toBe('string');
        },
      ),
    );
  });

  it('never throws when time claims hold any JSON value', () => {
    const claims = fc.record({
      exp: fc.jsonValue(),
      nbf: fc.jsonValue(),
      iat: fc.jsonValue(),
      auth_time: fc.jsonValue(),
      aud: fc.jsonValue(),
    });
    fc.assert(
      fc.property(claims, (payload) => {
        const rows = describeClaims(null, payload, UTC_OPTS);
        for (const row of rows)
          expect(row.time !== undefined || row.problem !== undefined || row.name === 'aud').toBe(true);
      }),
    );
  });
});

describe('tokenTimeStatus', () => {
  it.each([
    [{ exp: NOW_S + 10 }, 0, {}],
    [{ exp: NOW_S - 2 * 86_400 }, 0, { expiredAgoSeconds: 2 * 86_400 }],
    [{ exp: NOW_S }, 0, { expiredAgoSeconds: 0 }],
    [{ exp: NOW_S - 30 }, 60, {}],
    [{ exp: NOW_S - 60 }, 60, { expiredAgoSeconds: 60 }],
    [{ nbf: NOW_S + 300 }, 0, { notValidForSeconds: 300 }],
    [{ nbf: NOW_S + 300 }, 300, {}],
    [{ iat: NOW_S + 90 }, 60, { issuedInFutureBySeconds: 90 }],
    [{ iat: NOW_S + 60 }, 60, {}],
    [{ auth_time: NOW_S + 900 }, 0, {}],
    [
      { exp: NOW_S - 1, nbf: NOW_S + 1, iat: NOW_S + 1 },
      0,
      { expiredAgoSeconds: 1, notValidForSeconds: 1, issuedInFutureBySeconds: 1 },
    ],
    [{ exp: String(NOW_S - 100) }, 0, {}],
    [{ nbf: 4_102_444_800, iat: 1_516_239_022 }, 0, { notValidForSeconds: 4_102_444_800 - NOW_S }],
    ['hello world', 0, {}],
    [[1, 2, 3], 0, {}],
    [null, 0, {}],
  ])('reports %j with %s s leeway as %j', (payload, skew, expected) => {
    expect(tokenTimeStatus(payload, NOW_MS, skew)).toEqual(expected);
  });

  it('measures from the fractional now', () => {
    expect(tokenTimeStatus({ exp: NOW_S }, NOW_MS + 250, 0)).toEqual({ expiredAgoSeconds: 0.25 });
  });

  it('never throws for any JSON payload', () => {
    fc.assert(fc.property(fc.jsonValue(), (payload) => void tokenTimeStatus(payload, NOW_MS, 30)));
  });
});
