/**
 * The claim checks a verifier makes once the signature holds — exp, nbf, iss, aud — by the rules of
 * jose 6's `jwtVerify` (lib/jwt_claims_set.js), so the debugger can explain the 401s a valid signature
 * still gets. Failures come in jose's order, so the first one is the error jose would throw.
 */
import { describeJsonType, isJsonObject } from '@/jwt/json-type';
import type { LabError } from '@/core/errors';
import { describeNearMiss, showJson } from '@/jwt/claim-text';
import { checkTimeClaims, type ClaimOutcome } from '@/jwt/claim-checks-time';

// Part of this module's API; written beside the other wording helpers.
export { formatExactDuration } from '@/jwt/claim-text';

export interface ClaimExpectations {
  /** The verifier's clock, passed in (never read from `Date.now()` here). */
  readonly nowMs: number;
  /** Clock tolerance in seconds, like jose's `clockTolerance`; negative or non-finite counts as 0. */
  readonly skewSeconds: number;
  /** `''` = not checked; otherwise `iss` must equal it exactly (the input is trimmed). */
  readonly issuer: string;
  /** `''` = not checked; values separated by commas or whitespace; passes when `aud` holds any of them. */
  readonly audience: string;
}

/** Extends `LabError`, so every failure is a `LabError` (the compiler checks the narrowed unions). */
export interface ClaimFailure extends LabError {
  readonly code:
    'TOKEN_EXPIRED' | 'TOKEN_NOT_YET_VALID' | 'ISSUER_MISMATCH' | 'AUDIENCE_MISMATCH' | 'CLAIM_INVALID';
  readonly field: 'payload' | 'expectedIssuer' | 'expectedAudience';
  /** For exp/nbf: the smallest whole-second skew allowance that would let this check pass. */
  readonly skewToPassSeconds?: number;
}

export interface ClaimCheckResult {
  readonly state: 'ok' | 'failed';
  readonly failures: readonly ClaimFailure[];
  /** One short line per check that ran and passed: `iss matches "https://idp.example"`. */
  readonly passed: readonly string[];
}

type Payload = Readonly<Record<string, unknown>>;

const failed = (failure: ClaimFailure): ClaimOutcome => ({ failure });

/** Runs the claim checks a verifier makes after the signature: exp, nbf, iss, aud (jose's jwtVerify rules). */
export function checkClaims(payload: unknown, expectations: ClaimExpectations): ClaimCheckResult {
  const issuer = expectations.issuer.trim();
  const audiences = expectations.audience.split(/[\s,]+/).filter((value) => value !== '');
  let outcomes: ClaimOutcome[];
  if (isJsonObject(payload)) {
    const now = Math.floor(expectations.nowMs / 1000);
    const skew = Number.isFinite(expectations.skewSeconds) ? Math.max(0, expectations.skewSeconds) : 0;
    const identity = [checkIssuer(payload, issuer), checkAudience(payload, audiences)]
      .filter((outcome) => outcome !== undefined)
      .sort((a, b) => Number(b.missing === true) - Number(a.missing === true));
    outcomes = [...identity, ...checkTimeClaims(payload, now, skew)];
  } else if (issuer !== '' || audiences.length > 0) {
    // `undefined` is what a decoder hands over for a payload that is not JSON at all (text, binary).
    const what = payload === undefined ? 'not JSON' : `${describeJsonType(payload)}, not a JSON object`;
    const message = `The payload is ${what}, so there is no iss or aud to check: jose rejects it ("JWT Claims Set must be a top-level JSON object").`;
    outcomes = [failed({ code: 'CLAIM_INVALID', field: 'payload', message })];
  } else {
    outcomes = [];
  }
  const failures = outcomes.flatMap((outcome) => (outcome.failure ? [outcome.failure] : []));
  const passed = outcomes.flatMap((outcome) => (outcome.passed === undefined ? [] : [outcome.passed]));
  return { state: failures.length === 0 ? 'ok' : 'failed', failures, passed };
}

/** The token's lifetime `exp − iat` in seconds, or null when either is missing or not a number. */
export function tokenLifetimeSeconds(payload: unknown): number | null {
  if (!isJsonObject(payload)) return null;
  const { exp, iat } = payload;
  if (typeof exp !== 'number' || typeof iat !== 'number') return null;
  const lifetime = exp - iat;
  return Number.isFinite(lifetime) ? lifetime : null;
}

function checkIssuer(payload: Payload, expected: string): ClaimOutcome | undefined {
  if (expected === '') return undefined;
  const field = 'expectedIssuer';
  if (!Object.hasOwn(payload, 'iss')) {
    const message = `The token has no iss claim, but the issuer ${showJson(expected)} is expected.`;
    return { failure: { code: 'ISSUER_MISMATCH', field, message }, missing: true };
  }
  const iss = payload['iss'];
  if (iss === expected) return { passed: `iss matches ${showJson(expected)}` };
  const hint = typeof iss === 'string' ? describeNearMiss(iss, expected, 'issuers') : '';
  const message = `Issuer is ${showJson(iss)}, expected ${showJson(expected)}.${hint}`;
  return failed({ code: 'ISSUER_MISMATCH', field, message });
}

function checkAudience(payload: Payload, expected: readonly string[]): ClaimOutcome | undefined {
  if (expected.length === 0) return undefined;
  const field = 'expectedAudience';
  const wanted =
    expected.length === 1 ? showJson(expected[0]) : `one of ${expected.map(showJson).join(', ')}`;
  if (!Object.hasOwn(payload, 'aud')) {
    const message = `The token has no aud claim, but an audience is expected: ${wanted}.`;
    return { failure: { code: 'AUDIENCE_MISMATCH', field, message }, missing: true };
  }
  const aud = payload['aud'];
  // jose's checkAudiencePresence: a string must be one of the expected values, an array must hold one.
  const values: readonly unknown[] = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  const match = expected.find((value) => values.includes(value));
  if (match !== undefined)
    return { passed: `aud ${typeof aud === 'string' ? 'is' : 'contains'} ${showJson(match)}` };
  const shape =
    typeof aud === 'string' || Array.isArray(aud)
      ? ''
      : ` aud must be a string or an array of strings, not ${describeJsonType(aud)} (RFC 7519 §4.1.3).`;
  const hints = values.flatMap((value) =>
    typeof value === 'string' ? expected.map((want) => describeNearMiss(value, want, 'audiences')) : [],
  );
  const message = `Audience is ${showJson(aud)}, expected ${wanted}.${shape}${hints.find((hint) => hint !== '') ?? ''}`;
  return failed({ code: 'AUDIENCE_MISMATCH', field, message });
}
