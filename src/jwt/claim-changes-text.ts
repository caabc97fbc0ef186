import { ALGORITHM_INFO, isJwsAlgorithm } from '@/core/algorithms';
import type { Result } from '@/core/errors';
import type { ClaimChange, ClaimChanges } from './claim-changes';

const MAX_VALUE = 40;

/** A value as written, shortened to fit one line. */
function shown(value: string | null): string {
  if (value === null) return '';
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value;
}

/** One change in a few words: `role changed ("user" → "admin")`, `header kid added ("k2")`, `exp removed`. */
export function describeClaimChange(change: ClaimChange): string {
  const name = change.part === 'header' ? `header ${change.name}` : change.name;
  switch (change.kind) {
    case 'added':
      return `${name} added (${shown(change.after)})`;
    case 'removed':
      return `${name} removed`;
    case 'changed':
      return `${name} changed (${shown(change.before)} → ${shown(change.after)})`;
  }
}

/** What the encoder knows about the token it just signed, next to the original. */
export interface ResignFacts {
  readonly changes: Result<ClaimChanges>;
  /** The new token is the original, byte for byte. */
  readonly identical: boolean;
  /** A new token is still being signed. */
  readonly busy: boolean;
  /** The encoder signs the JSON exactly as typed (not re-serialised). */
  readonly asTyped: boolean;
  /** The original's segments were canonical base64url of its text. */
  readonly exact: boolean;
  /** The signing key verifies the original (null while that is being checked). */
  readonly sameKey: boolean | null;
  readonly alg: string | null;
}

/**
 * The "Changes since the original" line: the members added, removed or changed, or — with none — why
 * the new token is, or is not, the original byte for byte.
 */
export function summarizeChanges(facts: ResignFacts): string {
  if (!facts.changes.ok)
    return `Changes since the original: fix the ${facts.changes.error.field} JSON to see them.`;
  const { changes, textChanged } = facts.changes.value;
  if (changes.length > 0)
    return `Changes since the original: ${changes.map(describeClaimChange).join('; ')}.`;
  if (textChanged)
    return 'No claim changes, but the JSON text differs (whitespace or member order), so the signed bytes and the signature differ.';
  if (facts.identical) return 'No changes yet — re-signing gives the identical token.';
  if (facts.busy || facts.sameKey === null) return 'No changes yet.';
  if (!facts.asTyped)
    return 'No changes yet, but the serialization re-writes the JSON, so the bytes differ: choose “Exactly as typed” to keep the original’s.';
  if (!facts.exact)
    return 'No changes yet, but the original was not encoded canonically, so the bytes differ.';
  if (!facts.sameKey) return 'No changes yet, but the key is not the original’s, so the signature differs.';
  const family = isJwsAlgorithm(facts.alg) ? ALGORITHM_INFO[facts.alg].family : null;
  if (family === 'ECDSA' || family === 'RSA-PSS')
    return `No changes yet. ${facts.alg} signatures are randomized, so the signature differs at each signing; both verify.`;
  return 'No changes yet.';
}
