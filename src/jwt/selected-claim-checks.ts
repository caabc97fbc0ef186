/**
 * The claim checks a verifier was configured to make, and only those: the lesson lets a learner switch
 * the exp/nbf, iss and aud checks off to see what each one stops. Built on `checkClaims` (jose's rules).
 */
import { checkClaims, type ClaimCheckResult } from './claim-checks';
import { isJsonObject } from './json-type';

/** Which checks the verifier makes once the signature holds. */
export interface ClaimCheckSelection {
  /** exp and nbf (and iat's type), as jose checks them. */
  readonly time: boolean;
  readonly issuer: boolean;
  readonly audience: boolean;
}

/** What the verifier expects when it checks: its clock, its issuer and its own audience. */
export interface ClaimPolicy {
  readonly nowMs: number;
  readonly issuer: string;
  readonly audience: string;
}

const TIME_CLAIMS = ['iat', 'nbf', 'exp'];

/** Runs the selected checks (no clock skew); a check switched off neither fails nor reports a pass. */
export function checkSelectedClaims(
  payload: unknown,
  selection: ClaimCheckSelection,
  policy: ClaimPolicy,
): ClaimCheckResult {
  // A verifier that skips time checks never reads these claims: as if they were absent.
  const seen =
    !selection.time && isJsonObject(payload)
      ? Object.fromEntries(Object.entries(payload).filter(([name]) => !TIME_CLAIMS.includes(name)))
      : payload;
  return checkClaims(seen, {
    nowMs: policy.nowMs,
    skewSeconds: 0,
    issuer: selection.issuer ? policy.issuer : '',
    audience: selection.audience ? policy.audience : '',
  });
}
