import type { JWK } from 'jose';
import type { KeySource, SecretEncoding } from './key-types';

/**
 * What a key can do for a JWE: a `secret` (AES key, `dir` content key or PBES2 password) and a
 * `private` key decrypt; a `public` key only encrypts, and is kept so that the refusal can say so.
 */
export type DecryptionKeyKind = 'secret' | 'private' | 'public';

/**
 * One key the decryption-key field offers. Unlike `KeyCandidate` (verification), private members are
 * kept: decrypting needs them.
 */
export interface DecryptionCandidate {
  readonly kind: DecryptionKeyKind;
  /** `{ kty: 'oct', k }` for a secret; the whole private JWK (with `d`); or a public JWK. */
  readonly jwk: JWK;
  /** e.g. "RSA 2048-bit private key", "EC P-384 private key", "16-byte secret". */
  readonly description: string;
  readonly kid?: string;
  /** RSA modulus size, or secret size, in bits. */
  readonly bits?: number;
}

/** The decryption-key field, parsed: one candidate for a single key, several for a JWKS. */
export interface ParsedDecryptionKey {
  readonly source: KeySource;
  readonly candidates: readonly DecryptionCandidate[];
  /** For typed text: the encoding used and the bytes (an AES key, or a PBES2 password). */
  readonly secret?: { readonly encoding: SecretEncoding; readonly bytes: Uint8Array };
  readonly notes: readonly string[];
}
