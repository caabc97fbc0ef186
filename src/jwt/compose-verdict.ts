import type { ClaimCheckResult, ClaimFailure } from './claim-checks';
import { describeRemovedRuns, type RemovedRun } from './removed-runs';
import type { Verification } from './verification';

/** The debugger's verdict: the signature's, with the claim checks and the paste cleanup folded in. */
export interface DebuggerVerdict extends Verification {
  /** Only on a verified signature: whether the claim checks a verifier makes pass (`data-claims`). */
  readonly claims?: 'ok' | 'failed';
  readonly claimFailures: readonly ClaimFailure[];
  readonly claimPasses: readonly string[];
  /** When characters were removed from inside the pasted token: what, and where. */
  readonly asPasted?: string;
}

/**
 * Folds the claim checks and the cleanup into the signature verdict. A verified signature whose claims
 * fail is still `verified` (the signature is right) with `claims: 'failed'` and a headline that says
 * a verifier rejects the token; likewise when the token only verifies after spaces inside it were removed.
 */
export function composeVerdict(
  signature: Verification,
  claims: ClaimCheckResult,
  removedInside: readonly RemovedRun[],
): DebuggerVerdict {
  const asPasted =
    removedInside.length > 0 && signature.state !== 'pending'
      ? `As pasted, a verifier rejects this token: jwt-lab removed ${describeRemovedRuns(removedInside)}. Check how the token was copied.`
      : undefined;
  const base = { ...signature, claimFailures: [], claimPasses: [], ...(asPasted ? { asPasted } : {}) };
  if (signature.state !== 'verified') return base;
  const failed = claims.state === 'failed';
  return {
    ...base,
    headline: verifiedHeadline(failed, asPasted !== undefined),
    claims: claims.state,
    claimFailures: claims.failures,
    claimPasses: claims.passed,
  };
}

function verifiedHeadline(claimsFailed: boolean, cleaned: boolean): string {
  if (cleaned) return 'Signature verified after cleanup — as pasted, a verifier rejects this token';
  if (claimsFailed) return 'Signature verified — but a verifier rejects the token';
  return 'Signature verified';
}
