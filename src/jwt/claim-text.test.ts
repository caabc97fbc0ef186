import { describe, expect, it } from 'vitest';
import { describeNearMiss, formatExactDuration, showJson } from '@/jwt/claim-text';

describe('formatExactDuration', () => {
  it.each([
    [0, '0 s'],
    [45, '45 s'],
    [60, '1 min'],
    [3600, '1 h'],
    [3661, '1 h 1 min 1 s'],
    [86_400, '1 day'],
    [7500, '2 h 5 min'],
    [274_325, '3 days 4 h 12 min 5 s'],
    [-274_325, '3 days 4 h 12 min 5 s'],
    [90_061.25, '1 day 1 h 1 min 1.25 s'],
    [0.1 + 0.2, '0.3 s'],
    [0.0004, '0 s'],
    [1000 * 86_400, '1,000 days'],
    [1e20, 'about 1.00e+20 s'],
    [Infinity, 'an unbounded time'],
    [Number.NaN, 'an unbounded time'],
  ])('formats %d as %s', (seconds, expected) => {
    expect(formatExactDuration(seconds)).toBe(expected);
  });
});

describe('describeNearMiss', () => {
  it.each([
    ['https://idp.example', 'https://idp.example', ''],
    ['https://evil.example', 'https://idp.example', ''],
    [
      'https://idp.example/',
      'https://idp.example',
      ' They differ only by a trailing slash: issuers are compared as exact strings.',
    ],
    [
      'https://idp.example',
      'https://idp.example//',
      ' They differ only by a trailing slash: issuers are compared as exact strings.',
    ],
    [
      'HTTPS://IDP.example',
      'https://idp.example',
      ' They differ only by case: issuers are compared as exact strings.',
    ],
    [
      ' https://idp.example',
      'https://idp.example',
      ' They differ only by surrounding whitespace: issuers are compared as exact strings.',
    ],
    [
      'https://IDP.example/',
      'https://idp.example',
      ' They differ only by a trailing slash and case: issuers are compared as exact strings.',
    ],
    [
      'https://idp.example/ ',
      'https://idp.example',
      ' They differ only by surrounding whitespace and a trailing slash: issuers are compared as exact strings.',
    ],
  ])('for %j against %j says %j', (actual, expected, text) => {
    expect(describeNearMiss(actual, expected, 'issuers')).toBe(text);
  });
});

describe('showJson', () => {
  it.each([
    ['a', '"a"'],
    [['a', 'b'], '["a","b"]'],
    [42, '42'],
    [null, 'null'],
    [undefined, 'undefined'],
    [10n, '10'],
  ])('shows %s as %s', (value, text) => {
    expect(showJson(value)).toBe(text);
  });
});
