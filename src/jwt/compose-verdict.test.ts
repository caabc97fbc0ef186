import { describe, expect, it } from 'vitest';
import { checkClaims } from './claim-checks';
import { composeVerdict } from './compose-verdict';
import { PENDING } from './current-verification';
import type { RemovedRun } from './removed-runs';
import type { Verification } from './verification';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const NOW_S = NOW / 1000;
const VERIFIED: Verification = { state: 'verified', headline: 'Signature verified', details: [], hints: [] };
const INVALID: Verification = { state: 'invalid', headline: 'Invalid signature', details: [], hints: [] };
const SPACE: RemovedRun = { characters: ' ', segment: 'payload', offset: 30, segmentLength: 120 };
const claims = (payload: unknown, audience = '') =>
  checkClaims(payload, { nowMs: NOW, skewSeconds: 0, issuer: '', audience });

describe('composeVerdict', () => {
  it.each([
    ['valid claims', VERIFIED, { exp: NOW_S + 60 }, '', 'ok', 'Signature verified'],
    [
      'an expired token',
      VERIFIED,
      { exp: NOW_S - 60 },
      '',
      'failed',
      'Signature verified — but a verifier rejects the token',
    ],
    [
      'another audience',
      VERIFIED,
      { aud: 'a' },
      'b',
      'failed',
      'Signature verified — but a verifier rejects the token',
    ],
    [
      'an invalid signature (claims are not judged)',
      INVALID,
      { exp: NOW_S - 60 },
      '',
      undefined,
      'Invalid signature',
    ],
    ['a pending check', PENDING, { exp: NOW_S - 60 }, '', undefined, 'Checking the signature…'],
  ])('%s', (_name, signature, payload, audience, expectedClaims, headline) => {
    const verdict = composeVerdict(signature, claims(payload, audience), []);
    expect(verdict.claims).toBe(expectedClaims);
    expect(verdict.headline).toBe(headline);
    expect(verdict.state).toBe(signature.state);
    if (expectedClaims === 'failed') expect(verdict.claimFailures.length).toBeGreaterThan(0);
    if (expectedClaims === undefined) expect(verdict.claimFailures).toEqual([]);
  });

  it('says that the token as pasted is rejected when spaces inside it were removed', () => {
    const verdict = composeVerdict(VERIFIED, claims({}), [SPACE]);
    expect(verdict.state).toBe('verified');
    expect(verdict.headline).toBe(
      'Signature verified after cleanup — as pasted, a verifier rejects this token',
    );
    expect(verdict.asPasted).toMatch(/removed 1 space inside the payload \(after character 30 of 120\)/);
  });

  it('says nothing about the paste while the check is pending', () => {
    expect(composeVerdict(PENDING, claims({}), [SPACE]).asPasted).toBeUndefined();
  });
});
