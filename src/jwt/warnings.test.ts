import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectTokenWarnings, type TokenWarning } from '@/jwt/warnings';

/** 2026-11-28T12:00:00Z. */
const NOW_S = 1_795_867_200;
const NOW_MS = NOW_S * 1000;
const DAY = 86_400;
const HS256 = { alg: 'HS256', typ: 'JWT' };
/** A payload that earns no warning: an hour left, and no iat (with one it earns a LIFETIME note). */
const FRESH = { sub: 'u1', exp: NOW_S + 3600 };

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

describe('collectTokenWarnings', () => {
  it.each([
    ['a fresh token without iat', HS256, FRESH, []],
    [
      'a fresh one-hour token',
      HS256,
      { sub: 'u1', iat: NOW_S, exp: NOW_S + 3600 },
      [['LIFETIME', 'info', 'payload']],
    ],
    ['no exp', HS256, { sub: 'u1', iat: NOW_S }, [['EXP_MISSING', 'warning', 'payload']]],
    ['an exp that is not a number (a claims problem, not a missing exp)', HS256, { exp: 'soon' }, []],
    [
      'exactly one day of lifetime',
      HS256,
      { iat: NOW_S, exp: NOW_S + DAY },
      [['LIFETIME', 'info', 'payload']],
    ],
    [
      'two days of lifetime',
      HS256,
      { iat: NOW_S, exp: NOW_S + 2 * DAY },
      [['LIFETIME_LONG', 'info', 'payload']],
    ],
    [
      'seven days of lifetime',
      HS256,
      { iat: NOW_S, exp: NOW_S + 7 * DAY },
      [['LIFETIME_LONG', 'info', 'payload']],
    ],
    ['30 days left and no iat', HS256, { exp: NOW_S + 30 * DAY }, [['LIFETIME_LONG', 'warning', 'payload']]],
    [
      'an expired token without iat',
      HS256,
      { exp: NOW_S - 30 * DAY },
      [['TOKEN_EXPIRED', 'warning', 'payload']],
    ],
    ['alg none', { alg: 'none' }, FRESH, [['ALG_NONE', 'danger', 'header']]],
    ['alg nOnE', { alg: 'nOnE' }, FRESH, [['ALG_NONE', 'danger', 'header']]],
    ['an embedded jwk', { ...HS256, jwk: { kty: 'oct' } }, FRESH, [['HEADER_JWK', 'danger', 'header']]],
    [
      'a jku URL',
      { ...HS256, jku: 'https://evil.example/jwks' },
      FRESH,
      [['HEADER_JKU', 'danger', 'header']],
    ],
    [
      'an x5u URL',
      { ...HS256, x5u: 'https://evil.example/cert' },
      FRESH,
      [['HEADER_X5U', 'danger', 'header']],
    ],
    ['an x5c chain', { ...HS256, x5c: ['MIIB'] }, FRESH, [['HEADER_X5C', 'danger', 'header']]],
    ['crit', { ...HS256, crit: ['exp'], exp: NOW_S }, FRESH, [['CRIT_PRESENT', 'info', 'header']]],
    ['an empty crit', { ...HS256, crit: [] }, FRESH, [['CRIT_PRESENT', 'warning', 'header']]],
    ['typ "at+jwt"', { alg: 'RS256', typ: 'at+jwt' }, FRESH, []],
    ['typ "application/secevent+jwt"', { alg: 'RS256', typ: 'application/secevent+jwt' }, FRESH, []],
    ['typ "jwt"', { alg: 'RS256', typ: 'jwt' }, FRESH, []],
    ['typ "JOSE+JSON"', { alg: 'RS256', typ: 'JOSE+JSON' }, FRESH, []],
    ['typ "JWS"', { alg: 'RS256', typ: 'JWS' }, FRESH, [['TYP_UNUSUAL', 'info', 'header']]],
    ['typ 7', { alg: 'RS256', typ: 7 }, FRESH, [['TYP_UNUSUAL', 'info', 'header']]],
    ['a string payload', HS256, 'hello world', [['PAYLOAD_NOT_OBJECT', 'info', 'payload']]],
    ['an array payload', HS256, [1, 2, 3], [['PAYLOAD_NOT_OBJECT', 'info', 'payload']]],
    ['a null header', null, {}, [['EXP_MISSING', 'warning', 'payload']]],
    [
      'everything at once',
      { alg: 'none', jwk: {}, jku: 'x', x5u: 'x', x5c: [], crit: ['b64'], typ: 'x' },
      { iat: 0, exp: NOW_S },
      [
        ['ALG_NONE', 'danger', 'header'],
        ['HEADER_JWK', 'danger', 'header'],
        ['HEADER_X5C', 'danger', 'header'],
        ['HEADER_JKU', 'danger', 'header'],
        ['HEADER_X5U', 'danger', 'header'],
        ['CRIT_PRESENT', 'info', 'header'],
        ['TYP_UNUSUAL', 'info', 'header'],
        ['TOKEN_EXPIRED', 'warning', 'payload'],
        ['LIFETIME_LONG', 'warning', 'payload'],
      ],
    ],
  ])('for %s returns %j', (_case, header, payload, expected) => {
    expect(summary(collectTokenWarnings(header, payload, NOW_MS))).toEqual(expected);
  });

  it.each([
    [
      HS256,
      { sub: 'u1' },
      'The payload has no exp, so this token never expires: whoever obtains it can use it forever. Add an exp a short time after iat.',
      'RFC 7519 §4.1.4',
    ],
    [
      HS256,
      { iat: NOW_S, exp: NOW_S + 2 * DAY },
      /^This token is valid for 2 days \(from iat to exp\)\. A leaked token works until it expires/,
      'RFC 6819 §5.1.5.3',
    ],
    [HS256, { exp: NOW_S + 30 * DAY }, /^This token stays valid for another 30 days\./, 'RFC 6819 §5.1.5.3'],
    [
      { alg: 'none' },
      FRESH,
      /^alg is "none": the token has no signature, so anyone can forge it\./,
      'RFC 8725 §3.1',
    ],
    [
      { alg: 'NONE' },
      FRESH,
      /^alg is "none" \("NONE" is a case variant naive verifiers may treat as none\)/,
      'RFC 8725 §3.1',
    ],
    [
      { jwk: {} },
      FRESH,
      /^The header embeds its own public key \(jwk\)\. A verifier must never trust a key chosen by the token/,
      'RFC 7515 §10.3',
    ],
    [{ jku: 'u' }, FRESH, /^The header names a URL to fetch its key set from \(jku\)\./, 'RFC 8725 §3.10'],
    [
      { crit: ['b64', 'exp'] },
      FRESH,
      /^crit lists "b64", "exp": a verifier that does not understand/,
      'RFC 7515 §4.1.11',
    ],
    [{ crit: 'b64' }, FRESH, /^crit is a string, but it must be a non-empty list/, 'RFC 7515 §4.1.11'],
    [{ crit: [] }, FRESH, /^crit is an empty list, but it must be/, 'RFC 7515 §4.1.11'],
    [{ typ: 'JWS' }, FRESH, /^typ is "JWS"; JWTs usually say "JWT"/, 'RFC 8725 §3.11'],
    [
      HS256,
      [1, 2, 3],
      /^The payload is an array, not a JSON object, so it is not a JWT claims set/,
      'RFC 7519 §7.2',
    ],
  ])('explains %j / %j', (header, payload, message, label) => {
    const [warning] = collectTokenWarnings(header, payload, NOW_MS);
    if (typeof message === 'string') expect(warning?.message).toBe(message);
    else expect(warning?.message).toMatch(message);
    const section = /^RFC (\d+) §(.+)$/.exec(label);
    expect(warning?.spec).toEqual({
      label,
      url: `https://www.rfc-editor.org/rfc/rfc${section?.[1]}#section-${section?.[2]}`,
    });
  });

  it.each([
    ['rfc7519-3.1-JWT-HS256', ['TOKEN_EXPIRED']],
    ['rfc7519-6.1-unsecured-JWT', ['ALG_NONE', 'TOKEN_EXPIRED']],
    ['bad-alg-none-admin-claims', ['ALG_NONE', 'EXP_MISSING']],
    ['jwtio-current-default-HS256', ['EXP_MISSING']],
    ['jwt-payload-not-json', ['PAYLOAD_NOT_OBJECT']],
    ['jwt-payload-json-array', ['PAYLOAD_NOT_OBJECT']],
    ['jwt-nbf-in-future', ['EXP_MISSING', 'TOKEN_NOT_YET_VALID']],
    ['jwt-exp-far-future', ['LIFETIME_LONG']],
  ])('warns about vector %s with %j', (id, codes) => {
    const vector = VECTORS.find((v) => v.id === id);
    expect(vector).toBeDefined();
    const warnings = collectTokenWarnings(vector?.expect.header ?? null, vector?.expect.payload, NOW_MS);
    expect(warnings.map((w) => w.code)).toEqual(codes);
  });

  it('never throws for any JSON header and payload, and every warning is complete', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.integer(), (header, payload, now) => {
        for (const w of collectTokenWarnings(header as Record<string, unknown> | null, payload, now)) {
          expect(w.message).toMatch(/\.$/);
          expect(w.spec?.url).toMatch(/^https:\/\//);
        }
      }),
    );
  });

  it('never throws when the interesting names hold any JSON value', () => {
    const header = fc.record({
      alg: fc.jsonValue(),
      crit: fc.jsonValue(),
      typ: fc.jsonValue(),
      jwk: fc.jsonValue(),
    });
    const payload = fc.record({ exp: fc.jsonValue(), iat: fc.jsonValue() });
    fc.assert(fc.property(header, payload, (h, p) => void collectTokenWarnings(h, p, NOW_MS)));
  });
});
