import { describe, expect, it } from 'vitest';
import { collectTokenWarnings } from '@/jwt/warnings';
import { collectTimeWarnings } from '@/jwt/warnings-time';

/** 2026-11-28T12:00:00Z. */
const NOW_S = 1_795_867_200;
const NOW_MS = NOW_S * 1000;
const DAY = 86_400;
const LONG_ADVICE =
  'A leaked token works until it expires, so keep access tokens to minutes or an hour and use refresh tokens for long sessions.';

describe('collectTimeWarnings', () => {
  it.each([
    ['an hour left, no iat', { exp: NOW_S + 3600 }, 0, []],
    ['exp as a string (the claims table reports it)', { exp: `${NOW_S}` }, 0, []],
    ['iat as a string: no lifetime', { iat: 'today', exp: NOW_S + 3600 }, 0, []],
    [
      'an expired token',
      { exp: NOW_S - 274_325 },
      0,
      [
        [
          'TOKEN_EXPIRED',
          'warning',
          'Expired 3 days 4 h ago (exp 2026-11-25 07:47:55 UTC): verifiers reject it, whatever the signature. Get a fresh token rather than widening the skew allowance.',
        ],
      ],
    ],
    [
      'exp exactly now',
      { exp: NOW_S },
      0,
      [['TOKEN_EXPIRED', 'warning', /^Expired this very second \(exp 2026-11-28 12:00:00 UTC\): /]],
    ],
    ['exp 30 s ago within a 60 s skew', { exp: NOW_S - 30 }, 60, []],
    [
      'exp 90 s ago beyond a 60 s skew',
      { exp: NOW_S - 90 },
      60,
      [
        [
          'TOKEN_EXPIRED',
          'warning',
          /^Expired 1 min 30 s ago \(exp .*\), even with 60 s of clock skew allowed: /,
        ],
      ],
    ],
    [
      'a token not valid yet',
      { nbf: NOW_S + 7500 },
      0,
      [
        [
          'TOKEN_NOT_YET_VALID',
          'warning',
          "Not valid until 2026-11-28 14:05:00 UTC (in 2 h 5 min): verifiers reject it until then. If the issuer's clock runs ahead, fix that clock; a skew allowance is meant for seconds.",
        ],
      ],
    ],
    ['nbf 30 s ahead within a 60 s skew', { nbf: NOW_S + 30 }, 60, []],
    [
      'nbf after exp, both missed',
      { nbf: NOW_S + 60, exp: NOW_S - 60 },
      0,
      [
        ['TOKEN_NOT_YET_VALID', 'warning', /^Not valid until/],
        ['TOKEN_EXPIRED', 'warning', /^Expired 1 min ago/],
      ],
    ],
    [
      'a one-hour lifetime',
      { iat: NOW_S, exp: NOW_S + 3600 },
      0,
      [['LIFETIME', 'info', 'Lifetime 1 h (exp − iat).']],
    ],
    [
      'an exact, fractional lifetime',
      { iat: NOW_S - 0.5, exp: NOW_S + 3661 },
      0,
      [['LIFETIME', 'info', 'Lifetime 1 h 1 min 1.5 s (exp − iat).']],
    ],
    [
      'exp equal to iat',
      { iat: NOW_S + 100, exp: NOW_S + 100 },
      0,
      [
        [
          'LIFETIME',
          'warning',
          'Lifetime 0 s (exp − iat): exp equals iat, so the token was already expired when it was issued.',
        ],
      ],
    ],
    [
      'exp before iat',
      { iat: NOW_S + 3600, exp: NOW_S + 1800 },
      0,
      [
        [
          'LIFETIME',
          'warning',
          'Lifetime −30 min (exp − iat): exp is 30 min before iat, so the token was already expired when it was issued.',
        ],
      ],
    ],
    [
      'a two-day lifetime: the long-lifetime warning, not a second note',
      { iat: NOW_S, exp: NOW_S + 2 * DAY + 3 * 3600 },
      0,
      [['LIFETIME_LONG', 'info', `This token is valid for 2 days 3 h (from iat to exp). ${LONG_ADVICE}`]],
    ],
    [
      'an expired token that lived a month',
      { iat: NOW_S - 31 * DAY, exp: NOW_S - DAY },
      0,
      [
        ['TOKEN_EXPIRED', 'warning', /^Expired 1 day ago/],
        ['LIFETIME_LONG', 'warning', /^This token is valid for 30 days \(from iat to exp\)\./],
      ],
    ],
  ])('for %s (skew %d s) returns %j', (_case, payload, skew, expected) => {
    const warnings = collectTimeWarnings(payload, NOW_MS, skew);
    expect(warnings.map((w) => [w.code, w.severity])).toEqual(
      expected.map(([code, severity]) => [code, severity]),
    );
    warnings.forEach((warning, index) => {
      const message = expected[index]?.[2] ?? '';
      if (typeof message === 'string') expect(warning.message).toBe(message);
      else expect(warning.message).toMatch(message);
      expect(warning.field).toBe('payload');
    });
  });

  it.each([
    ['TOKEN_EXPIRED', { exp: NOW_S - 1 }, 'RFC 7519 §4.1.4'],
    ['TOKEN_NOT_YET_VALID', { nbf: NOW_S + 1 }, 'RFC 7519 §4.1.5'],
    ['LIFETIME', { iat: NOW_S, exp: NOW_S + 60 }, 'RFC 7519 §4.1.4'],
  ])('cites the spec for %s', (_code, payload, label) => {
    expect(collectTimeWarnings(payload, NOW_MS, 0)[0]?.spec?.label).toBe(label);
  });
});

describe('collectTokenWarnings', () => {
  it.each([
    [undefined, ['TOKEN_EXPIRED']],
    [0, ['TOKEN_EXPIRED']],
    [30, ['TOKEN_EXPIRED']],
    [31, []],
  ])('passes a skew of %s s on to the expiry check (exp 30 s ago passes from 31 s)', (skew, codes) => {
    const warnings = collectTokenWarnings({ alg: 'HS256' }, { exp: NOW_S - 30 }, NOW_MS, skew);
    expect(warnings.map((w) => w.code)).toEqual(codes);
  });
});
