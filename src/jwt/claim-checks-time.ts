/**
 * The time checks of jose 6's `jwtVerify` (lib/jwt_claims_set.js): iat must be a number, nbf must not lie
 * beyond now + skew, exp must lie beyond now − skew — with, for a failure, the exact skew that would pass.
 */
import type { ClaimFailure } from '@/jwt/claim-checks';
import { describeJsonType } from '@/jwt/json-type';
import { formatExactDuration, showJson } from '@/jwt/claim-text';
import { describeOutOfRange, formatUtc } from '@/jwt/time';

/** One check's result: a failure or a line saying what passed. */
export interface ClaimOutcome {
  readonly failure?: ClaimFailure;
  readonly passed?: string;
  /** jose checks that expected claims are present before it compares any value. */
  readonly missing?: boolean;
}

/** Beyond five minutes a skew allowance no longer covers drifting clocks. */
const SENSIBLE_SKEW_SECONDS = 300;
const seconds = (value: number): string => `${value.toLocaleString('en-US', { maximumFractionDigits: 3 })} s`;
const failed = (failure: ClaimFailure): ClaimOutcome => ({ failure });
/** A NumericDate as `2026-11-28 12:00:00 UTC`, or why it cannot be shown as one. */
const showTime = (name: string, value: number): string =>
  describeOutOfRange(value) === null ? `${name} ${formatUtc(value)}` : `${name} is ${formatUtc(value)}`;

/** Checks iat's type, then nbf, then exp (jose's order) at `now` in whole seconds; `undefined` is absent, as in jose. */
export function checkTimeClaims(
  payload: Readonly<Record<string, unknown>>,
  now: number,
  skew: number,
): ClaimOutcome[] {
  const outcomes: ClaimOutcome[] = [];
  for (const name of ['iat', 'nbf', 'exp'] as const) {
    const value = payload[name];
    if (value === undefined) continue;
    if (typeof value !== 'number') outcomes.push(failed(notNumericDate(name, value)));
    else if (name === 'iat') outcomes.push({ passed: `iat is a NumericDate (${showTime('iat', value)})` });
    else outcomes.push(name === 'nbf' ? checkNbf(value, now, skew) : checkExp(value, now, skew));
  }
  return outcomes;
}

function notNumericDate(name: string, value: unknown): ClaimFailure {
  const quoted = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value);
  const message =
    `${name} must be a NumericDate (seconds since 1970, as a number: RFC 7519 §2), but it is ` +
    `${describeJsonType(value)} (${showJson(value)}), so jose rejects the whole token.` +
    (quoted ? ' Remove the quotes.' : '');
  return { code: 'CLAIM_INVALID', field: 'payload', message };
}

function checkExp(exp: number, now: number, skew: number): ClaimOutcome {
  const expired = (allowance: number) => exp <= now - allowance;
  if (!expired(skew)) {
    if (exp > now) return { passed: `exp: valid for another ${formatExactDuration(exp - now)}` };
    const ago = formatExactDuration(now - exp);
    return { passed: `exp: expired ${ago} ago, accepted within the ${seconds(skew)} clock-skew allowance` };
  }
  const skewToPass = smallestPassingSkew(expired, Math.floor(now - exp) + 1);
  const when =
    exp === now
      ? `Expired this very second (${showTime('exp', exp)}): a token is no longer valid at exp itself (RFC 7519 §4.1.4).`
      : `Expired ${formatExactDuration(now - exp)} ago (${showTime('exp', exp)}).`;
  const message = when + skewAdvice(skewToPass, skew, 'not for stale tokens');
  return failed(timeFailure('TOKEN_EXPIRED', message, skewToPass));
}

function checkNbf(nbf: number, now: number, skew: number): ClaimOutcome {
  const early = (allowance: number) => nbf > now + allowance;
  if (!early(skew)) {
    if (nbf <= now) return { passed: `nbf: valid since ${formatExactDuration(now - nbf)} ago` };
    const wait = formatExactDuration(nbf - now);
    return { passed: `nbf: starts in ${wait}, accepted within the ${seconds(skew)} clock-skew allowance` };
  }
  const skewToPass = smallestPassingSkew(early, Math.ceil(nbf - now));
  const when =
    describeOutOfRange(nbf) === null
      ? `Not valid until ${formatUtc(nbf)} (in ${formatExactDuration(nbf - now)}).`
      : `Not valid until a time no clock reaches: nbf is ${formatUtc(nbf)}.`;
  const message = when + skewAdvice(skewToPass, skew, 'not for tokens issued for later');
  return failed(timeFailure('TOKEN_NOT_YET_VALID', message, skewToPass));
}

function timeFailure(
  code: 'TOKEN_EXPIRED' | 'TOKEN_NOT_YET_VALID',
  message: string,
  skewToPass: number | undefined,
): ClaimFailure {
  const extra = skewToPass === undefined ? {} : { skewToPassSeconds: skewToPass };
  return { code, field: 'payload', message, ...extra };
}

/** Checks the arithmetic guess against the rule itself, so float rounding can never make it off by one. */
function smallestPassingSkew(fails: (allowance: number) => boolean, guess: number): number | undefined {
  return [guess - 1, guess, guess + 1].find(
    (candidate) =>
      Number.isSafeInteger(candidate) &&
      candidate >= 0 &&
      !fails(candidate) &&
      (candidate === 0 || fails(candidate - 1)),
  );
}

function skewAdvice(skewToPass: number | undefined, skew: number, misuse: string): string {
  if (skewToPass === undefined) return ' No clock-skew allowance can make up for that.';
  const current = skew > 0 ? ` (the current allowance is ${seconds(skew)})` : '';
  const caveat =
    skewToPass > SENSIBLE_SKEW_SECONDS ? ` — but skew is for clocks that drift by seconds, ${misuse}.` : '.';
  return ` A clock-skew allowance of ${seconds(skewToPass)} or more would let it pass${current}${caveat}`;
}
