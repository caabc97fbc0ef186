import type { JWK } from 'jose';
import type { SigningKey } from '@/keys/signing-key';
import { ALGORITHM_INFO, type JwsAlgorithm } from '@/core/algorithms';
import { fail, ok, type Result } from '@/core/errors';

/** The JWK members WebCrypto needs; `alg`, `use`, `key_ops` and `ext` would only make it refuse the import. */
const KEY_MATERIAL = ['kty', 'crv', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'x', 'y'] as const;

/**
 * Signs bytes with WebCrypto directly, so the signing input is exactly what the caller built (jose
 * would re-serialise the header). ECDSA comes out as r‖s (IEEE P1363), which is what JWS wants
 * (RFC 7518 §3.4); RSA-PSS uses a salt as long as the hash (RFC 7518 §3.5). The key must already
 * have passed `checkSigningKey`.
 */
export async function signBytes(
  key: SigningKey,
  alg: JwsAlgorithm,
  data: Uint8Array,
): Promise<Result<Uint8Array>> {
  const info = ALGORITHM_INFO[alg];
  const hash = `SHA-${info.hashBytes * 8}`;
  try {
    const cryptoKey =
      key.kind === 'secret'
        ? await crypto.subtle.importKey('raw', key.bytes as BufferSource, { name: 'HMAC', hash }, false, [
            'sign',
          ])
        : await crypto.subtle.importKey('jwk', keyMaterial(key.jwk), importParams(alg), false, ['sign']);
    const signature = await crypto.subtle.sign(signParams(alg), cryptoKey, data as BufferSource);
    return ok(new Uint8Array(signature));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      'KEY_INVALID',
      'key',
      `The browser's WebCrypto refused this key for ${alg}: ${reason}. Check that the private key is complete and not corrupted.`,
    );
  }
}

function keyMaterial(jwk: JWK): JsonWebKey {
  const out: Record<string, string> = {};
  for (const name of KEY_MATERIAL) {
    const value = jwk[name];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

function importParams(alg: JwsAlgorithm): RsaHashedImportParams | EcKeyImportParams | Algorithm {
  const info = ALGORITHM_INFO[alg];
  const hash = `SHA-${info.hashBytes * 8}`;
  switch (info.family) {
    case 'RSA':
      return { name: 'RSASSA-PKCS1-v1_5', hash };
    case 'RSA-PSS':
      return { name: 'RSA-PSS', hash };
    case 'ECDSA':
      return { name: 'ECDSA', namedCurve: info.crv ?? '' };
    case 'EdDSA':
      return { name: 'Ed25519' };
    case 'HMAC':
      return { name: 'HMAC', hash };
  }
}

function signParams(alg: JwsAlgorithm): AlgorithmIdentifier | RsaPssParams | EcdsaParams {
  const info = ALGORITHM_INFO[alg];
  const hash = `SHA-${info.hashBytes * 8}`;
  switch (info.family) {
    case 'RSA-PSS':
      return { name: 'RSA-PSS', saltLength: info.hashBytes };
    case 'ECDSA':
      return { name: 'ECDSA', hash };
    case 'EdDSA':
      return { name: 'Ed25519' };
    case 'RSA':
      return { name: 'RSASSA-PKCS1-v1_5' };
    case 'HMAC':
      return { name: 'HMAC' };
  }
}
