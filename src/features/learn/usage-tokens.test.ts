import { describe, expect, it } from 'vitest';
import { checkSelectedClaims } from '@/jwt/selected-claim-checks';
import { AUDIENCE, ISSUER, USAGE_CASES, makeUsageTokens } from './usage-tokens';

const NOW = Date.UTC(2026, 5, 1, 12);
const SECRET = new Uint8Array(32).map((_, i) => i * 7 + 1);
const POLICY = { nowMs: NOW, issuer: ISSUER, audience: AUDIENCE };
const ALL = { time: true, issuer: true, audience: true };
const NONE = { time: false, issuer: false, audience: false };

describe('makeUsageTokens', () => {
  it('signs every case; the pinned check refuses only "alg": "none"', async () => {
    const cases = await makeUsageTokens(SECRET, NOW);
    expect([...cases.keys()]).toEqual(USAGE_CASES.map((usage) => usage.id));
    const states = USAGE_CASES.map((usage) => cases.get(usage.id)?.verification.state);
    expect(states).toEqual(['verified', 'verified', 'verified', 'verified', 'unsecured']);
  });

  it.each([
    ['every claim check on', ALL, ['genuine']],
    ['no claim check', NONE, ['genuine', 'expired', 'other-audience', 'other-issuer']],
    ['only exp', { ...NONE, time: true }, ['genuine', 'other-audience', 'other-issuer']],
    ['only aud', { ...NONE, audience: true }, ['genuine', 'expired', 'other-issuer']],
  ])('lets in with %s exactly the tokens it should', async (_name, selection, admitted) => {
    const cases = await makeUsageTokens(SECRET, NOW);
    const passes = USAGE_CASES.filter((usage) => {
      const signed = cases.get(usage.id);
      return (
        signed?.verification.state === 'verified' &&
        checkSelectedClaims(signed.payload, selection, POLICY).state === 'ok'
      );
    }).map((usage) => usage.id);
    expect(passes).toEqual(admitted);
  });

  it('marks as should-pass only the genuine token', () => {
    expect(USAGE_CASES.filter((usage) => usage.shouldPass).map((usage) => usage.id)).toEqual(['genuine']);
  });
});
