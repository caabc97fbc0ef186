import type { DecodedPayload } from '@/jwt/decoded-token';
import type { Verification } from '@/jwt/verification';

/**
 * The outcome of decrypting a JWE: a `Verification` (so the debugger's verdict shows it as it shows a
 * signature check: `verified` = decrypted and authenticated) plus what decryption revealed.
 */
export interface Decryption extends Verification {
  /** The content encryption (`enc`) of the recipient that was decrypted or tried. */
  readonly enc?: string;
  /** The plaintext, as JSON, text or hex, once decrypted. */
  readonly plaintext?: DecodedPayload;
  /** The plaintext itself when it is a token (a nested JWT, `cty: JWT`), to open in one click. */
  readonly nestedToken?: string;
  /** True when the header says so (`cty: "JWT"`), not only the plaintext's shape. */
  readonly nestedByCty?: boolean;
  /** For JSON serializations with several recipients: which one was decrypted (0-based). */
  readonly recipient?: { readonly index: number; readonly count: number };
  /** How the key field was read ("RSA 2048-bit private key", "a set of 3 keys") and notes about it. */
  readonly keyRead?: { readonly description: string; readonly notes: readonly string[] };
}
