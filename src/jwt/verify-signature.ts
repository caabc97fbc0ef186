import { flattenedVerify, importJWK, type JWK } from 'jose';
import { base64urlToBytes, utf8ToBytes } from '@/encoding/base64';
import { ALGORITHM_INFO, type JwsAlgorithm } from '@/core/algorithms';
import { fromJoseError } from './jose-errors';
import type { JwsSignature } from './decoded-token';
import type { LabError } from '@/core/errors';

export type SignatureCheck =
  { readonly valid: true; readonly note?: string } | { readonly valid: false; readonly error: LabError };

/** Verifies one JWS signature with one key, the algorithm pinned to `alg`. */
export async function verifySignature(
  signature: JwsSignature,
  payloadB64: string,
  jwk: JWK,
  alg: JwsAlgorithm,
): Promise<SignatureCheck> {
  try {
    const key = await importJWK({ ...jwk, alg, ext: true }, alg);
    await flattenedVerify(
      {
        payload: payloadB64,
        signature: signature.signatureB64,
        ...(signature.protectedB64 ? { protected: signature.protectedB64 } : {}),
        ...(signature.unprotectedHeader ? { header: signature.unprotectedHeader } : {}),
      },
      key,
      { algorithms: [alg] },
    );
    return { valid: true };
  } catch (error) {
    const mapped = fromJoseError(error);
    if (mapped.code === 'KEY_TOO_SMALL' && jwk.kty === 'RSA')
      return verifySmallRsaKey(signature, payloadB64, jwk, alg, mapped);
    return { valid: false, error: mapped };
  }
}

/**
 * jose refuses RSA keys under 2048 bits; the RFC does not forbid verifying with them. WebCrypto can,
 * so the verdict stays truthful while the key warning explains the problem.
 */
async function verifySmallRsaKey(
  signature: JwsSignature,
  payloadB64: string,
  jwk: JWK,
  alg: JwsAlgorithm,
  refusal: LabError,
): Promise<SignatureCheck> {
  const info = ALGORITHM_INFO[alg];
  const hash = `SHA-${info.hashBytes * 8}`;
  const name = info.family === 'RSA-PSS' ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5';
  const bytes = base64urlToBytes(signature.signatureB64);
  if (!bytes) return { valid: false, error: refusal };
  try {
    const { n, e, kty } = jwk;
    const key = await crypto.subtle.importKey('jwk', { kty, n, e, ext: true }, { name, hash }, false, [
      'verify',
    ]);
    const input = utf8ToBytes(`${signature.protectedB64}.${payloadB64}`);
    const params = name === 'RSA-PSS' ? { name, saltLength: info.hashBytes } : { name };
    const valid = await crypto.subtle.verify(params, key, bytes as BufferSource, input as BufferSource);
    if (!valid)
      return {
        valid: false,
        error: {
          ...refusal,
          code: 'SIGNATURE_INVALID',
          field: 'signature',
          message:
            'Invalid signature (checked with WebCrypto directly, because jose refuses RSA keys under 2048 bits).',
        },
      };
    return {
      valid: true,
      note: 'jose refuses RSA keys under 2048 bits, so jwt-lab checked this signature with WebCrypto directly. It is mathematically valid, but such a key is too weak to trust (RFC 7518 §3.3).',
    };
  } catch {
    return { valid: false, error: refusal };
  }
}
