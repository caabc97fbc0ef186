import { labError, type LabError } from '@/core/errors';
import type { DecodedToken } from './decoded-token';
import { isJsonObject } from './json-type';

/**
 * Why this token cannot be edited and re-signed (an encrypted, malformed or non-JSON token), or null
 * when it can. Cheap: it reads what decoding already found, so it can run on every render.
 */
export function resignUnavailable(token: DecodedToken, signatureIndex = 0): LabError | null {
  if (token.kind === 'jwe')
    return labError(
      'RESIGN_UNSUPPORTED',
      'token',
      'This token is encrypted (JWE): the encoder signs JWS tokens, so it cannot edit and re-encrypt it.',
    );
  const structural = token.errors.find((error) => error.field === 'token');
  if (token.kind !== 'jws' || structural)
    return (
      structural ?? labError('TOKEN_MALFORMED', 'token', 'Paste a whole JWS (header.payload.signature).')
    );
  const header = (token.signatures[signatureIndex] ?? token.signatures[0])?.protectedHeader ?? token.header;
  if (!header?.value || header.text === null)
    return header?.error ?? labError('HEADER_NOT_JSON', 'header', 'The header is not a JSON object.');
  const payload = token.payload;
  if (payload && !payload.base64urlEncoded)
    return labError(
      'CRIT_UNSUPPORTED',
      'payload',
      'The payload is unencoded ("b64": false, RFC 7797); the encoder signs base64url-encoded payloads only.',
    );
  if (payload?.error) return payload.error;
  if (!payload || payload.text === null || !isJsonObject(payload.json))
    return labError(
      'PAYLOAD_NOT_JSON',
      'payload',
      'The payload is not a JSON object, so there are no claims to edit (RFC 7519 §7.1).',
    );
  return null;
}
