/**
 * jose's JWE failures in jwt-lab's error model, each with the verdict it means: `invalid` when the
 * tag or the key unwrap fails (the token or the key is not the right one), `error` when the key or
 * the token cannot be used at all.
 */
import { labError, type LabError } from '@/core/errors';
import { fromJoseError } from '@/jwt/jose-errors';
import type { JweContentEncryption, JweKeyAlgorithm } from './jwe-algorithms';
import type { UnwrapOutcome } from './unwrap-check';

/** A failed attempt: the verdict state it leads to, and why. */
export interface JweFailure {
  readonly state: 'invalid' | 'error';
  readonly error: LabError;
}

/** The code of a jose error (`ERR_JWE_DECRYPTION_FAILED` …), or `''`. */
export function joseCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** Maps a jose JWE error that is not a tag failure (see `tagFailure`) to a verdict. */
export function fromJoseJweError(error: unknown, maxPlaintextBytes: number): JweFailure {
  const message = error instanceof Error ? error.message : String(error);
  const code = joseCode(error);
  if (code === 'ERR_JWE_INVALID') {
    if (/exceeded the configured limit/.test(message))
      return {
        state: 'error',
        error: labError(
          'JWE_PLAINTEXT_TOO_LARGE',
          'token',
          `The token decrypted and its tag authenticated, but its compressed plaintext (zip: "DEF") inflates past ${formatBytes(maxPlaintextBytes)}; jwt-lab stopped inflating there. A small token that inflates this far is a zip bomb (RFC 8725 §3.6 advises against compression).`,
        ),
      };
    if (/Authentication Tag length|Initialization Vector length/.test(message))
      return {
        state: 'invalid',
        error: labError(
          'JWE_DECRYPTION_FAILED',
          'token',
          `The ${/Tag/.test(message) ? 'authentication tag' : 'initialization vector'} has the wrong length for this content encryption: the token was cut or changed after it was encrypted.`,
        ),
      };
    if (/crit/i.test(message))
      return {
        state: 'invalid',
        error: labError(
          'CRIT_UNSUPPORTED',
          'header',
          `The header's "crit" names an extension jwt-lab does not understand, so the token must be rejected (RFC 7516 §4.1.13). jose said: ${message}`,
        ),
      };
    return { state: 'error', error: labError('JWE_INVALID', 'token', `This JWE is malformed: ${message}.`) };
  }
  if (code === 'ERR_JOSE_NOT_SUPPORTED' || code === 'ERR_JOSE_ALG_NOT_ALLOWED')
    return {
      state: 'error',
      error: labError('JWE_UNSUPPORTED', 'header', `Not supported here: ${message}.`),
    };
  if (error instanceof Error && error.name === 'DataError')
    return {
      state: 'error',
      error: labError(
        'KEY_INVALID',
        'key',
        'WebCrypto could not load this key: its numbers do not form a valid key.',
      ),
    };
  return { state: 'error', error: fromJoseError(error, 'key') };
}

/** A tag failure, told apart by the unwrap check: which step failed, in words. */
export function tagFailure(
  alg: JweKeyAlgorithm,
  enc: JweContentEncryption,
  unwrap: UnwrapOutcome,
): JweFailure {
  if (unwrap === 'failed')
    return {
      state: 'invalid',
      error: labError(
        'JWE_KEY_UNWRAP_FAILED',
        'key',
        `Key unwrap failed: ${alg} could not recover the content key with this key. It is not the key this token was encrypted for (or the encrypted key was changed).`,
      ),
    };
  const message =
    unwrap === 'unwrapped'
      ? `The content key was unwrapped, but the authentication tag does not match: the ciphertext, IV, tag, protected header or AAD were changed after encryption (${enc} authenticates them all).`
      : `The authentication tag does not match. ${alg} has no key-unwrap step to tell the two apart: either this is not the key the token was encrypted with, or the token was changed after encryption.`;
  return { state: 'invalid', error: labError('JWE_DECRYPTION_FAILED', 'token', message) };
}

/** "10 MB", "1.5 KB", "200 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}
