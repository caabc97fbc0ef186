import { ALGORITHM_INFO, type JwsAlgorithm } from '@/core/algorithms';
import { generateKeyPair, type KeyPairKind } from '@/keys/generate-key-pair';
import { generateSecret, recommendedSecretBytes } from '@/keys/generate-secret';
import type { SecretEncoding } from '@/keys/key-types';

/** A key made on the spot for an algorithm: its text for the key field, and the `kid` for the header. */
export interface FreshKey {
  readonly keyText: string;
  readonly encoding: SecretEncoding;
  readonly kid: string | null;
}

const PAIR_KIND: Partial<Record<JwsAlgorithm, KeyPairKind>> = {
  ES256: 'P-256',
  ES384: 'P-384',
  ES512: 'P-521',
  EdDSA: 'Ed25519',
  Ed25519: 'Ed25519',
};

/** Generates a key that fits `alg` with the CSPRNG: a hash-sized secret, or a key pair (private PEM). */
export async function generateKeyFor(alg: JwsAlgorithm): Promise<FreshKey | string> {
  const family = ALGORITHM_INFO[alg].family;
  if (family === 'HMAC') {
    const secret = generateSecret(recommendedSecretBytes(alg as 'HS256' | 'HS384' | 'HS512'));
    return secret.ok
      ? { keyText: secret.value.base64url, encoding: 'base64url', kid: null }
      : secret.error.message;
  }
  const kind = PAIR_KIND[alg] ?? 'RSA-2048';
  const pair = await generateKeyPair(kind, { alg });
  if (!pair.ok) return pair.error.message;
  return { keyText: pair.value.exports.privatePem, encoding: 'utf8', kid: pair.value.kid };
}
