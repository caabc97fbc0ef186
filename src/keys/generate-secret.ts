/**
 * HMAC secrets generated the right way: bytes from the platform CSPRNG, never from a non-cryptographic generator,
 * words or anything a person typed.
 */
import { bytesToBase64, bytesToBase64url, bytesToHex } from '@/encoding/base64';
import { ALGORITHM_INFO } from '@/core/algorithms';
import { fail, ok, type Result } from '@/core/errors';

/** The algorithms that sign with a shared secret. */
export type HmacAlgorithm = 'HS256' | 'HS384' | 'HS512';

/** Sizes the generator accepts; 1 KiB is far beyond any use (HMAC hashes longer keys down anyway). */
export const MIN_SECRET_BYTES = 1;
export const MAX_SECRET_BYTES = 1024;

/** A fresh secret in every encoding a config file or library may want. */
export interface GeneratedSecret {
  readonly bytes: Uint8Array;
  readonly base64url: string;
  readonly base64: string;
  readonly hex: string;
  readonly bits: number;
  /** True when the secret is shorter than the hash output of its algorithm (HS256 if none given). */
  readonly belowRecommended: boolean;
  readonly jwk: {
    readonly kty: 'oct';
    readonly k: string;
    readonly alg?: HmacAlgorithm;
    readonly kid?: string;
  };
}

/** Options for `generateSecret`: the algorithm it is for and a `kid`, both copied into the JWK. */
export interface GenerateSecretOptions {
  readonly alg?: HmacAlgorithm;
  readonly kid?: string;
}

/** The minimum secret size for an HMAC algorithm: its hash output, 32/48/64 bytes (RFC 7518 §3.2). */
export function recommendedSecretBytes(alg: HmacAlgorithm): number {
  return ALGORITHM_INFO[alg].hashBytes;
}

/** Generates `byteLength` random bytes with crypto.getRandomValues and encodes them. */
export function generateSecret(
  byteLength: number,
  options: GenerateSecretOptions = {},
): Result<GeneratedSecret> {
  if (!Number.isInteger(byteLength)) {
    return fail('KEY_INVALID', 'key', `The secret size must be a whole number of bytes, not ${byteLength}.`);
  }
  if (byteLength < MIN_SECRET_BYTES) {
    return fail(
      'KEY_TOO_SMALL',
      'key',
      `A secret needs at least ${MIN_SECRET_BYTES} byte; 32 or more is the minimum for HS256 (RFC 7518 §3.2).`,
    );
  }
  if (byteLength > MAX_SECRET_BYTES) {
    return fail(
      'KEY_INVALID',
      'key',
      `${byteLength} bytes is more than this generator makes (${MAX_SECRET_BYTES}). Keys longer than the hash block (64 bytes for HS256, 128 for HS384/HS512) are hashed down first anyway (RFC 2104 §2).`,
    );
  }
  const bytes = crypto.getRandomValues(new Uint8Array(byteLength));
  const k = bytesToBase64url(bytes);
  const { alg, kid } = options;
  return ok({
    bytes,
    base64url: k,
    base64: bytesToBase64(bytes),
    hex: bytesToHex(bytes),
    bits: byteLength * 8,
    belowRecommended: byteLength < recommendedSecretBytes(alg ?? 'HS256'),
    jwk: { kty: 'oct', k, ...(alg !== undefined && { alg }), ...(kid !== undefined && { kid }) },
  });
}
