import type { JWK } from 'jose';
import type { SigningKey } from '@/keys/signing-key';
import { ALGORITHM_INFO, type JwsAlgorithm } from '@/core/algorithms';

/**
 * A fresh key pair of the type `alg` needs, standing in for the key an attacker makes up: it signs
 * fine, but its signature cannot verify under the real public key. Not for HMAC algorithms.
 */
export async function generateAttackerKey(alg: JwsAlgorithm): Promise<SigningKey> {
  const info = ALGORITHM_INFO[alg];
  const hash = `SHA-${info.hashBytes * 8}`;
  const params: RsaHashedKeyGenParams | EcKeyGenParams | Algorithm =
    info.kty === 'RSA'
      ? { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash }
      : info.kty === 'EC'
        ? { name: 'ECDSA', namedCurve: info.crv ?? '' }
        : { name: 'Ed25519' };
  const pair = (await crypto.subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
  const full = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as JWK;
  const jwk: JWK = { ...full };
  // WebCrypto's export names its own algorithm and usages; a JWS signer does not need them.
  delete jwk.alg;
  delete jwk.key_ops;
  delete jwk.ext;
  const publicJwk: JWK = { kty: jwk.kty };
  for (const name of ['crv', 'n', 'e', 'x', 'y'] as const)
    if (jwk[name] !== undefined) publicJwk[name] = jwk[name];
  return {
    kind: 'private',
    jwk,
    publicJwk,
    description: `a freshly generated ${info.kty === 'RSA' ? 'RSA 2048-bit' : (info.crv ?? '')} key pair (the attacker's own)`,
    ...(info.kty === 'RSA' ? { bits: 2048 } : {}),
  };
}
