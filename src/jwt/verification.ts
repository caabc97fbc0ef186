import type { ParsedKey, SecretEncoding } from '@/keys/key-types';
import type { LabError } from '@/core/errors';
import type { KeyPrompt } from './key-prompt';
import type { SignatureVerdict } from './verify-candidates';

/**
 * The verdict's state, as exposed by the `verify-status` hook (PRODUCT.md, "Stable hooks"). `pending`
 * means the token or key changed and the new check has not settled: no verdict is shown, never the old one.
 */
export type VerdictState = 'verified' | 'invalid' | 'unverified' | 'unsecured' | 'error' | 'pending';

/** Another encoding of the typed secret that verifies, offered as a one-click switch. */
export interface EncodingSwitch {
  readonly from: SecretEncoding;
  readonly to: SecretEncoding;
}

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
  /** With no key: what to paste for this algorithm, and where an issuer publishes it. */
  readonly keyPrompt?: KeyPrompt;
  /** Which signature verified (general JWS JSON may carry several); its header is the one to show. */
  readonly signatureIndex?: number;
  /** For several signatures: each one's own verdict with this key. */
  readonly signatureVerdicts?: readonly SignatureVerdict[];
  /** The secret fails as read, but verifies in another encoding. */
  readonly encodingSwitch?: EncodingSwitch;
}
