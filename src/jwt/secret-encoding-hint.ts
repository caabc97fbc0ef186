import { decodeSecret } from '@/keys/secret';
import { SECRET_ENCODINGS, type SecretEncoding } from '@/keys/key-types';
import { ENCODING_NAMES } from '@/keys/encoding-names';
import { bytesToBase64url } from '@/encoding/base64';
import { isJwsAlgorithm } from '@/core/algorithms';
import { verifySignature } from './verify-signature';
import type { DecodedToken, JwsSignature } from './decoded-token';

/**
 * The base64-vs-UTF-8 confusion is the most common reason an HMAC token "does not verify": when the
 * secret fails in the chosen encoding, try the others and say which one works.
 */
export async function secretEncodingHint(
  token: DecodedToken,
  signature: JwsSignature,
  options: { readonly keyText: string; readonly encoding: SecretEncoding },
): Promise<{ readonly to: SecretEncoding; readonly message: string } | null> {
  const alg = signature.joseHeader.alg;
  if (!isJwsAlgorithm(alg) || token.payloadB64 === null) return null;
  for (const encoding of SECRET_ENCODINGS) {
    if (encoding === options.encoding) continue;
    const bytes = decodeSecret(options.keyText, encoding);
    if (!bytes.ok || bytes.value.length === 0) continue;
    const check = await verifySignature(
      signature,
      token.payloadB64,
      { kty: 'oct', k: bytesToBase64url(bytes.value) },
      alg,
    );
    if (check.valid) {
      return {
        to: encoding,
        message: `This secret was read as ${ENCODING_NAMES[options.encoding]}; read as ${ENCODING_NAMES[encoding]} it verifies.`,
      };
    }
  }
  return null;
}
