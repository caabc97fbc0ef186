import type { ParsedKey } from '@/keys/key-types';
import type { LabError } from './errors';

/** The verdict's state, as exposed by the `verify-status` hook (PRODUCT.md, "Stable hooks"). */
export type VerdictState = 'verified' | 'invalid' | 'unverified' | 'unsecured' | 'error';

/** The outcome of verifying a token with the key the user gave. */
export interface Verification {
  readonly state: VerdictState;
  /** One line: "Signature verified", "Invalid signature", "Key does not fit this algorithm" … */
  readonly headline: string;
  /** Extra facts about a verified token ("token expired 2 days ago"). */
  readonly details: readonly string[];
  readonly error?: LabError;
  /** The algorithm the check was pinned to (the header's `alg`). */
  readonly alg?: string;
  /** Which key verified (for a JWKS: its `kid` and position). */
  readonly keyUsed?: { readonly description: string; readonly kid?: string; readonly index?: number };
  /** Things worth knowing: another encoding verifies, jose refuses what the RFC allows … */
  readonly hints: readonly string[];
  /** The key as parsed, once parsing succeeded (for key warnings and notes beside the key field). */
  readonly key?: ParsedKey;
}
