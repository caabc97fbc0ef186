import { bytesToBase64url, utf8ToBytes } from '@/encoding/base64';
import { ALGORITHM_INFO, type JwsAlgorithm } from '@/core/algorithms';

/** Signs a compact JWS with HMAC over the exact header and payload text given (RFC 7515 §5.1). */
export async function signHmacCompact(
  alg: Extract<JwsAlgorithm, 'HS256' | 'HS384' | 'HS512'>,
  headerJson: string,
  payloadJson: string,
  secret: Uint8Array,
): Promise<string> {
  const hash = `SHA-${ALGORITHM_INFO[alg].hashBytes * 8}`;
  const key = await crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash }, false, [
    'sign',
  ]);
  const signingInput = `${bytesToBase64url(utf8ToBytes(headerJson))}.${bytesToBase64url(utf8ToBytes(payloadJson))}`;
  const signature = await crypto.subtle.sign('HMAC', key, utf8ToBytes(signingInput) as BufferSource);
  return `${signingInput}.${bytesToBase64url(new Uint8Array(signature))}`;
}
