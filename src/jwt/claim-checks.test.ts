import { describe, expect, it } from 'vitest';
import {
  checkClaims,
  tokenLifetimeSeconds,
  type ClaimExpectations,
  type ClaimFailure,
} from '@/jwt/claim-checks';
import type { LabError } from '@/core/errors';

/** 2026-11-28T12:00:00Z. */
const NOW_S = 1_795_867_200;
const NOW_MS = NOW_S * 1000;
const NONE: ClaimExpectations = { nowMs: NOW_MS, skewSeconds: 0, issuer: '', audience: '' };
const run = (payload: unknown, given: Partial<ClaimExpectations> = {}) =>
  checkClaims(payload, { ...NONE, ...given });
const ORDERS = 'api://orders';
const IDP = 'https://idp.example';

// The time checks (exp, nbf, iat, skew) are in claim-checks-time.test.ts, jose's verdicts in claim-checks-jose.test.ts.
describe('checkClaims', () => {
  it.each([
    ['an empty claims set, nothing expected', {}, {}, []],
    ['a string payload, nothing expected', 'hello', {}, []],
    ['an array payload, nothing expected', [1, 2], {}, []],
    ['a null payload, nothing expected', null, {}, []],
    ['the expected issuer', { iss: IDP }, { issuer: IDP }, [`iss matches "${IDP}"`]],
    [
      'the expected issuer typed with spaces',
      { iss: IDP },
      { issuer: `  ${IDP}\n` },
      [`iss matches "${IDP}"`],
    ],
    ['aud as the expected string', { aud: ORDERS }, { audience: ORDERS }, [`aud is "${ORDERS}"`]],
    [
      'aud as an array holding it',
      { aud: ['x', ORDERS] },
      { audience: ORDERS },
      [`aud contains "${ORDERS}"`],
    ],
    ['one of several expected, by comma', { aud: 'b' }, { audience: 'a,b' }, ['aud is "b"']],
    [
      'one of several expected, by spaces',
      { aud: ['c', 'b'] },
      { audience: ' a  b\tc ' },
      ['aud contains "b"'],
    ],
    [
      'an array with a non-string member',
      { aud: [7, ORDERS] },
      { audience: ORDERS },
      [`aud contains "${ORDERS}"`],
    ],
    [
      'everything at once, in jose order',
      { iss: IDP, aud: ORDERS, iat: NOW_S, nbf: NOW_S, exp: NOW_S + 60 },
      { issuer: IDP, audience: ORDERS },
      [
        `iss matches "${IDP}"`,
        `aud is "${ORDERS}"`,
        'iat is a NumericDate (iat 2026-11-28 12:00:00 UTC)',
        'nbf: valid since 0 s ago',
        'exp: valid for another 1 min',
      ],
    ],
  ])('passes %s', (_case, payload, given, passed) => {
    expect(run(payload, given)).toEqual({ state: 'ok', failures: [], passed });
  });

  it.each([
    [
      'another issuer',
      { iss: 'https://evil.example' },
      { issuer: IDP },
      'ISSUER_MISMATCH',
      'expectedIssuer',
      `Issuer is "https://evil.example", expected "${IDP}".`,
    ],
    [
      'an issuer with a trailing slash',
      { iss: `${IDP}/` },
      { issuer: IDP },
      'ISSUER_MISMATCH',
      'expectedIssuer',
      `Issuer is "${IDP}/", expected "${IDP}". They differ only by a trailing slash: issuers are compared as exact strings.`,
    ],
    [
      'an issuer in other case',
      { iss: 'https://IDP.example' },
      { issuer: IDP },
      'ISSUER_MISMATCH',
      'expectedIssuer',
      `Issuer is "https://IDP.example", expected "${IDP}". They differ only by case: issuers are compared as exact strings.`,
    ],
    [
      'an issuer with a space, a slash and capitals',
      { iss: ` HTTPS://IDP.EXAMPLE/` },
      { issuer: IDP },
      'ISSUER_MISMATCH',
      'expectedIssuer',
      /They differ only by surrounding whitespace, a trailing slash and case: issuers are compared/,
    ],
    [
      'a number as issuer',
      { iss: 42 },
      { issuer: '42' },
      'ISSUER_MISMATCH',
      'expectedIssuer',
      'Issuer is 42, expected "42".',
    ],
    [
      'no iss',
      {},
      { issuer: IDP },
      'ISSUER_MISMATCH',
      'expectedIssuer',
      `The token has no iss claim, but the issuer "${IDP}" is expected.`,
    ],
    [
      'another audience',
      { aud: ['a', 'b'] },
      { audience: ORDERS },
      'AUDIENCE_MISMATCH',
      'expectedAudience',
      `Audience is ["a","b"], expected "${ORDERS}".`,
    ],
    [
      'none of several audiences',
      { aud: 'c' },
      { audience: 'a, b' },
      'AUDIENCE_MISMATCH',
      'expectedAudience',
      'Audience is "c", expected one of "a", "b".',
    ],
    [
      'an empty aud array',
      { aud: [] },
      { audience: ORDERS },
      'AUDIENCE_MISMATCH',
      'expectedAudience',
      `Audience is [], expected "${ORDERS}".`,
    ],
    [
      'an audience with a trailing slash',
      { aud: ['x', `${ORDERS}/`] },
      { audience: ORDERS },
      'AUDIENCE_MISMATCH',
      'expectedAudience',
      `Audience is ["x","${ORDERS}/"], expected "${ORDERS}". They differ only by a trailing slash: audiences are compared as exact strings.`,
    ],
    [
      'a number as audience',
      { aud: 5 },
      { audience: '5' },
      'AUDIENCE_MISMATCH',
      'expectedAudience',
      'Audience is 5, expected "5". aud must be a string or an array of strings, not a number (RFC 7519 §4.1.3).',
    ],
    [
      'no aud',
      { iss: IDP },
      { audience: ORDERS },
      'AUDIENCE_MISMATCH',
      'expectedAudience',
      `The token has no aud claim, but an audience is expected: "${ORDERS}".`,
    ],
    [
      'an array payload when an issuer is expected',
      ['iss'],
      { issuer: IDP },
      'CLAIM_INVALID',
      'payload',
      'The payload is an array, not a JSON object, so there is no iss or aud to check: jose rejects it ("JWT Claims Set must be a top-level JSON object").',
    ],
    [
      'a string payload when an audience is expected',
      'aud',
      { audience: 'a' },
      'CLAIM_INVALID',
      'payload',
      /is a string, not a JSON object/,
    ],
    [
      'a payload that is not JSON (undefined) when an issuer is expected',
      undefined,
      { issuer: IDP },
      'CLAIM_INVALID',
      'payload',
      /^The payload is not JSON, so there is no iss or aud to check/,
    ],
    [
      'a null payload when an issuer is expected',
      null,
      { issuer: IDP },
      'CLAIM_INVALID',
      'payload',
      /is null, not a JSON object/,
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

  it('reports every failure in jose order: missing claims first, then iss, aud, iat, nbf, exp', () => {
    const payload = { iss: 'x', iat: 'later', nbf: NOW_S + 100, exp: NOW_S - 100 };
    const result = run(payload, { issuer: IDP, audience: ORDERS });
    expect(result.failures.map((f) => f.code)).toEqual([
      'AUDIENCE_MISMATCH',
      'ISSUER_MISMATCH',
      'CLAIM_INVALID',
      'TOKEN_NOT_YET_VALID',
      'TOKEN_EXPIRED',
    ]);
    expect(result.failures[0]?.message).toMatch(/^The token has no aud claim/);
  });

  it('gives failures that are LabErrors', () => {
    const failures: readonly LabError[] = run({ exp: 0 }).failures satisfies readonly ClaimFailure[];
    expect(failures[0]).toMatchObject({ code: 'TOKEN_EXPIRED', field: 'payload' });
  });
});

describe('tokenLifetimeSeconds', () => {
  it.each([
    [{ iat: 100, exp: 3700 }, 3600],
    [{ iat: 100, exp: 100 }, 0],
    [{ iat: 100, exp: 40 }, -60],
    [{ iat: 0.5, exp: 2 }, 1.5],
    [{ exp: 3700 }, null],
    [{ iat: 100 }, null],
    [{ iat: '100', exp: 3700 }, null],
    [{ iat: 100, exp: null }, null],
    [{ iat: -Infinity, exp: Infinity }, null],
    ['text', null],
    [[100, 3700], null],
    [null, null],
  ])('for %j returns %s', (payload, expected) => {
    expect(tokenLifetimeSeconds(payload)).toBe(expected);
  });
});
