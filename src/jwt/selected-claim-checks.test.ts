import { describe, expect, it } from 'vitest';
import { checkSelectedClaims, type ClaimCheckSelection } from './selected-claim-checks';

const NOW_S = 1_780_000_000;
const POLICY = { nowMs: NOW_S * 1000, issuer: 'https://login.example.com', audience: 'api.example.com' };
const GOOD = { sub: 'alice', iss: POLICY.issuer, aud: POLICY.audience, iat: NOW_S - 60, exp: NOW_S + 3600 };
const ALL: ClaimCheckSelection = { time: true, issuer: true, audience: true };
const NONE: ClaimCheckSelection = { time: false, issuer: false, audience: false };

describe('checkSelectedClaims', () => {
  it.each<[string, Record<string, unknown>, ClaimCheckSelection, string[]]>([
    ['passes a good token with every check', GOOD, ALL, []],
    [
      'returns TOKEN_EXPIRED for an old token when time is checked',
      { ...GOOD, exp: NOW_S - 3600 },
      ALL,
      ['TOKEN_EXPIRED'],
    ],
    [
      'lets an old token through when time is not checked',
      { ...GOOD, exp: NOW_S - 3600 },
      { ...ALL, time: false },
      [],
    ],
    [
      'returns TOKEN_NOT_YET_VALID for a future nbf',
      { ...GOOD, nbf: NOW_S + 60 },
      ALL,
      ['TOKEN_NOT_YET_VALID'],
    ],
    [
      'ignores a malformed exp when time is not checked',
      { ...GOOD, exp: 'soon' },
      { ...ALL, time: false },
      [],
    ],
    [
      'returns ISSUER_MISMATCH for another issuer',
      { ...GOOD, iss: 'https://staging.example.com' },
      ALL,
      ['ISSUER_MISMATCH'],
    ],
    [
      'lets another issuer through when iss is not checked',
      { ...GOOD, iss: 'https://staging.example.com' },
      { ...ALL, issuer: false },
      [],
    ],
    [
      'returns AUDIENCE_MISMATCH for another audience',
      { ...GOOD, aud: 'billing.example.com' },
      ALL,
      ['AUDIENCE_MISMATCH'],
    ],
    [
      'lets another audience through when aud is not checked',
      { ...GOOD, aud: 'billing.example.com' },
      { ...ALL, audience: false },
      [],
    ],
    [
      'returns AUDIENCE_MISMATCH when aud is missing',
      { sub: 'alice', iss: POLICY.issuer, exp: NOW_S + 60 },
      ALL,
      ['AUDIENCE_MISMATCH'],
    ],
    ['checks nothing when every check is off', { iss: 'x', aud: 'y', exp: 1 }, NONE, []],
  ])('%s', (_name, payload, selection, codes) => {
    const result = checkSelectedClaims(payload, selection, POLICY);
    expect(result.failures.map((failure) => failure.code)).toEqual(codes);
    expect(result.state).toBe(codes.length === 0 ? 'ok' : 'failed');
  });

  it('names the field of each failure', () => {
    const bad = { ...GOOD, iss: 'other', aud: 'other', exp: NOW_S - 1 };
    const fields = checkSelectedClaims(bad, ALL, POLICY).failures.map((failure) => failure.field);
    expect(fields).toEqual(['expectedIssuer', 'expectedAudience', 'payload']);
  });

  it('reports passes only for the checks it made', () => {
    expect(checkSelectedClaims(GOOD, ALL, POLICY).passed).toHaveLength(4);
    expect(checkSelectedClaims(GOOD, { ...NONE, issuer: true }, POLICY).passed).toEqual([
      'iss matches "https://login.example.com"',
    ]);
  });
});
