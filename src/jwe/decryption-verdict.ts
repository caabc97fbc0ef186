/**
 * The debugger's verdict for a JWE, once the claim checks and the paste cleanup are folded in: the same
 * states as for a signature (`verified` = decrypted and authenticated), in decryption's own words.
 * Imports no JWE code, so the debugger can call it in render before any JWE module has loaded.
 */
import type { DebuggerVerdict } from '@/jwt/compose-verdict';

/** Rewrites a verified verdict's headline for a decrypted token; other verdicts already say what failed. */
export function composeDecryptionVerdict(verdict: DebuggerVerdict): DebuggerVerdict {
  if (verdict.state !== 'verified') return verdict;
  const headline = verdict.asPasted
    ? 'Decrypted after cleanup — as pasted, a verifier rejects this token'
    : verdict.claims === 'failed'
      ? 'Decrypted — but a verifier rejects the token'
      : 'Decrypted and authenticated';
  return { ...verdict, headline };
}

/** What the verdict shows while a JWE is being decrypted (no verdict at all, never the previous one). */
export const DECRYPTING_HEADLINE = 'Decrypting…';
