import { labError, type ErrorField, type LabError } from '@/core/errors';

/** The one adapter from jose's error codes (and its key-size TypeErrors) to jwt-lab's error model. */
export function fromJoseError(error: unknown, field: ErrorField = 'signature'): LabError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return labError(
        'SIGNATURE_INVALID',
        'signature',
        'The signature does not match the header and payload under this key: either the token was changed or it was signed with another key.',
      );
    case 'ERR_JOSE_NOT_SUPPORTED':
      if (/crit|extension/i.test(message)) {
        return labError(
          'CRIT_UNSUPPORTED',
          'header',
          `The header's "crit" names an extension that must be understood, and this verifier does not understand it, so the token must be rejected (RFC 7515 §4.1.11). jose said: ${message}`,
        );
      }
      return labError('ALG_UNSUPPORTED', 'header', `Not supported: ${message}`);
    case 'ERR_JWS_INVALID':
      return labError('TOKEN_MALFORMED', 'token', `The token is not a valid JWS: ${message}`);
    case 'ERR_JWK_INVALID':
      return labError('KEY_INVALID', 'key', `The key is not a valid JWK: ${message}`);
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return labError('ALG_MISMATCH', 'header', `The algorithm is not allowed here: ${message}`);
    default:
      if (/modulusLength|2048/.test(message)) {
        return labError(
          'KEY_TOO_SMALL',
          'key',
          'This RSA key is under 2048 bits. RFC 7518 §3.3 requires at least 2048, and jose (like most modern libraries) refuses smaller keys.',
        );
      }
      if (error instanceof TypeError || /key/i.test(message)) {
        return labError(
          'KEY_INVALID',
          field === 'signature' ? 'key' : field,
          `The key cannot be used for this algorithm: ${message}`,
        );
      }
      return labError('UNEXPECTED', field, `Unexpected error from the JOSE library: ${message}`);
  }
}
