import type { JWK } from 'jose';

/** How the text of an HMAC secret is turned into bytes. */
export type SecretEncoding = 'utf8' | 'base64' | 'base64url' | 'hex';

export const SECRET_ENCODINGS: readonly SecretEncoding[] = ['utf8', 'base64', 'base64url', 'hex'];

/** Where a key came from, as the user pasted it. */
export type KeySource =
  | 'secret'
  | 'jwk'
  | 'jwks'
  | 'pem-spki'
  | 'pem-pkcs1-public'
  | 'pem-x509'
  | 'pem-pkcs8'
  | 'pem-pkcs1-private'
  | 'pem-sec1';

/**
 * One verification key. Asymmetric keys are reduced to their public JWK (private members removed);
 * HMAC secrets are `{ kty: 'oct', k }` JWKs.
 */
export interface KeyCandidate {
  readonly jwk: JWK;
  /** e.g. "RSA 2048-bit public key", "EC P-256 public key", "32-byte HMAC secret". */
  readonly description: string;
  readonly kid?: string;
  /** RSA modulus size in bits; HMAC secret size in bits. */
  readonly bits?: number;
  /** True when the user gave a private key and only its public part is used. */
  readonly fromPrivate: boolean;
}

/** The result of parsing the verification-key field. */
export interface ParsedKey {
  readonly source: KeySource;
  /** One candidate for a single key; several for a JWKS (in set order). */
  readonly candidates: readonly KeyCandidate[];
  /** For `source: 'secret'`: the encoding used and the decoded bytes. */
  readonly secret?: { readonly encoding: SecretEncoding; readonly bytes: Uint8Array };
  /** Notes to show beside the key field ("private key given; its public part is used", skipped JWKS entries …). */
  readonly notes: readonly string[];
}
