import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkClaims, type ClaimExpectations } from '@/jwt/claim-checks';

/** 2026-11-28T12:00:00Z. */
const NOW_S = 1_795_867_200;
const NOW_MS = NOW_S * 1000;
const NONE: ClaimExpectations = { nowMs: NOW_MS, skewSeconds: 0, issuer: '', audience: '' };
const run = (payload: unknown, given: Partial<ClaimExpectations> = {}) =>
  checkClaims(payload, { ...NONE, ...given });

describe('checkClaims', () => {
  it.each([
    ['exp in 59 min 12 s', { exp: NOW_S + 3552 }, {}, ['exp: valid for another 59 min 12 s']],
    ['exp one second ahead', { exp: NOW_S + 1 }, {}, ['exp: valid for another 1 s']],
    [
      'exp 30 s ago within a 60 s skew',
      { exp: NOW_S - 30 },
      { skewSeconds: 60 },
      ['exp: expired 30 s ago, accepted within the 60 s clock-skew allowance'],
    ],
    ['nbf 2 h 5 min ago', { nbf: NOW_S - 7500 }, {}, ['nbf: valid since 2 h 5 min ago']],
    ['nbf exactly now', { nbf: NOW_S }, {}, ['nbf: valid since 0 s ago']],
    [
      'nbf 10 s ahead within a 60 s skew',
      { nbf: NOW_S + 10 },
      { skewSeconds: 60 },
      ['nbf: starts in 10 s, accepted within the 60 s clock-skew allowance'],
    ],
    ['an iat', { iat: NOW_S - 3600 }, {}, ['iat is a NumericDate (iat 2026-11-28 11:00:00 UTC)']],
    ['exp set to undefined (absent, as in jose)', { exp: undefined }, {}, []],
  ])('passes %s', (_case, payload, given, passed) => {
    expect(run(payload, given)).toEqual({ state: 'ok', failures: [], passed });
  });

  it.each([
    [
      'an expired token',
      { exp: NOW_S - 274_325 },
      {},
      'TOKEN_EXPIRED',
      'payload',
      'Expired 3 days 4 h 12 min 5 s ago (exp 2026-11-25 07:47:55 UTC). A clock-skew allowance of 274,326 s or more would let it pass — but skew is for clocks that drift by seconds, not for stale tokens.',
    ],
    [
      'a token expired 5 s ago, with a 2 s skew',
      { exp: NOW_S - 5 },
      { skewSeconds: 2 },
      'TOKEN_EXPIRED',
      'payload',
      'Expired 5 s ago (exp 2026-11-28 11:59:55 UTC). A clock-skew allowance of 6 s or more would let it pass (the current allowance is 2 s).',
    ],
    [
      'exp exactly now',
      { exp: NOW_S },
      {},
      'TOKEN_EXPIRED',
      'payload',
      'Expired this very second (exp 2026-11-28 12:00:00 UTC): a token is no longer valid at exp itself (RFC 7519 §4.1.4). A clock-skew allowance of 1 s or more would let it pass.',
    ],
    [
      'a token not valid yet',
      { nbf: NOW_S + 7500 },
      {},
      'TOKEN_NOT_YET_VALID',
      'payload',
      'Not valid until 2026-11-28 14:05:00 UTC (in 2 h 5 min). A clock-skew allowance of 7,500 s or more would let it pass — but skew is for clocks that drift by seconds, not for tokens issued for later.',
    ],
    [
      'nbf 1e999 (Infinity)',
      { nbf: Infinity },
      {},
      'TOKEN_NOT_YET_VALID',
      'payload',
      'Not valid until a time no clock reaches: nbf is out of range (infinitely far in the future). No clock-skew allowance can make up for that.',
    ],
    [
      'exp as a quoted number',
      { exp: '1795870800' },
      {},
      'CLAIM_INVALID',
      'payload',
      'exp must be a NumericDate (seconds since 1970, as a number: RFC 7519 §2), but it is a string ("1795870800"), so jose rejects the whole token. Remove the quotes.',
    ],
    [
      'nbf as null',
      { nbf: null },
      {},
      'CLAIM_INVALID',
      'payload',
      /^nbf must be a NumericDate .* it is null \(null\)/,
    ],
    [
      'iat as an object',
      { iat: {} },
      {},
      'CLAIM_INVALID',
      'payload',
      /^iat must be a NumericDate .* an object \(\{\}\)/,
    ],
  ])('fails %s', (_case, payload, given, code, field, message) => {
    const result = run(payload, given);
    expect(result.state).toBe('failed');
    expect(result.failures).toHaveLength(1);
    const [failure] = result.failures;
    expect([failure?.code, failure?.field]).toEqual([code, field]);
    if (typeof message === 'string') expect(failure?.message).toBe(message);
    else expect(failure?.message).toMatch(message);
  });

  it.each([
    ['exp = now', { exp: NOW_S }, 0, 'TOKEN_EXPIRED', 1],
    ['exp = now + 1', { exp: NOW_S + 1 }, 0, null, null],
    ['exp = now − skew', { exp: NOW_S - 60 }, 60, 'TOKEN_EXPIRED', 61],
    ['exp = now − skew + 1', { exp: NOW_S - 59 }, 60, null, null],
    ['exp half a second past, now floored', { exp: NOW_S - 0.5 }, 0, 'TOKEN_EXPIRED', 1],
    ['exp 99.5 s past', { exp: NOW_S - 99.5 }, 0, 'TOKEN_EXPIRED', 100],
    ['nbf = now + skew', { nbf: NOW_S + 60 }, 60, null, null],
    ['nbf = now + skew + 1', { nbf: NOW_S + 61 }, 60, 'TOKEN_NOT_YET_VALID', 61],
    ['nbf = now + 1', { nbf: NOW_S + 1 }, 0, 'TOKEN_NOT_YET_VALID', 1],
    ['nbf half a second ahead', { nbf: NOW_S + 0.5 }, 0, 'TOKEN_NOT_YET_VALID', 1],
    ['nbf 10.25 s ahead', { nbf: NOW_S + 10.25 }, 0, 'TOKEN_NOT_YET_VALID', 11],
    ['exp = now − 1 with a fractional skew of 1.5', { exp: NOW_S - 1 }, 1.5, null, null],
    ['a negative skew counts as 0', { exp: NOW_S }, -5, 'TOKEN_EXPIRED', 1],
    ['a NaN skew counts as 0', { nbf: NOW_S + 1 }, Number.NaN, 'TOKEN_NOT_YET_VALID', 1],
    ['exp −1e300: no safe-integer skew passes it', { exp: -1e300 }, 0, 'TOKEN_EXPIRED', null],
  ])(
    'at the boundary %s (skew %d) fails with %s, skewToPass %s',
    (_case, payload, skew, code, skewToPass) => {
      const [failure] = run(payload, { skewSeconds: skew }).failures;
      expect(failure?.code ?? null).toBe(code);
      expect(failure?.skewToPassSeconds ?? null).toBe(skewToPass);
    },
  );

  it('uses the second nowMs falls in: 999 ms into it, exp at the next second still passes', () => {
    expect(run({ exp: NOW_S + 1 }, { nowMs: NOW_MS + 999 }).state).toBe('ok');
    expect(run({ exp: NOW_S + 1 }, { nowMs: NOW_MS + 1000 }).failures[0]?.code).toBe('TOKEN_EXPIRED');
  });

  it.each([
    ['exp 1 s ago', { exp: NOW_S - 1 }, NOW_MS, 'TOKEN_EXPIRED'],
    ['exp 3 days 4 h 12 min 5 s ago', { exp: NOW_S - 274_325 }, NOW_MS, 'TOKEN_EXPIRED'],
    ['exp 0.1 s ago, 0.9 s into the second', { exp: NOW_S - 0.1 }, NOW_MS + 900, 'TOKEN_EXPIRED'],
    ['exp 1970 (0)', { exp: 0 }, NOW_MS, 'TOKEN_EXPIRED'],
    ['exp before 1970', { exp: -86_400.75 }, NOW_MS, 'TOKEN_EXPIRED'],
    ['nbf in 1 s', { nbf: NOW_S + 1 }, NOW_MS, 'TOKEN_NOT_YET_VALID'],
    ['nbf in 2 h 5 min', { nbf: NOW_S + 7500 }, NOW_MS, 'TOKEN_NOT_YET_VALID'],
    ['nbf in 0.001 s', { nbf: NOW_S + 0.001 }, NOW_MS + 999, 'TOKEN_NOT_YET_VALID'],
    ['nbf in year 3000', { nbf: 32_503_680_000 }, NOW_MS, 'TOKEN_NOT_YET_VALID'],
  ] as const)(
    'gives, for %s, the exact skew that passes: it passes and one second less fails',
    (_case, payload, nowMs, code) => {
      expectExactSkew(payload, nowMs, code);
    },
  );

  it('gives the exact skew for any exp or nbf, fractional ones included (property)', () => {
    const offset = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4e12 }),
        fc.constantFrom('exp', 'nbf'),
        offset,
        fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1e4, noNaN: true })),
        (nowMs, name, delta, skew) => {
          const value = Math.floor(nowMs / 1000) + delta;
          const code = name === 'exp' ? 'TOKEN_EXPIRED' : 'TOKEN_NOT_YET_VALID';
          const failure = failureOf({ [name]: value }, nowMs, skew, code);
          const now = Math.floor(nowMs / 1000);
          // jose's rules, written out: exp <= now − skew fails, nbf > now + skew fails.
          expect(failure !== undefined).toBe(name === 'exp' ? value <= now - skew : value > now + skew);
          if (failure !== undefined) expectExactSkew({ [name]: value }, nowMs, code);
        },
      ),
      { numRuns: 500 },
    );
  });
});

type TimeCode = 'TOKEN_EXPIRED' | 'TOKEN_NOT_YET_VALID';

function failureOf(payload: unknown, nowMs: number, skewSeconds: number, code: TimeCode) {
  return run(payload, { nowMs, skewSeconds }).failures.find((failure) => failure.code === code);
}

function expectExactSkew(payload: unknown, nowMs: number, code: TimeCode): void {
  const skew = failureOf(payload, nowMs, 0, code)?.skewToPassSeconds ?? Number.NaN;
  expect(Number.isSafeInteger(skew) && skew >= 1).toBe(true);
  expect(failureOf(payload, nowMs, skew, code)).toBeUndefined();
  expect(failureOf(payload, nowMs, skew - 1, code)?.skewToPassSeconds).toBe(skew);
}
