/**
 * The one error model of jwt-lab: every problem user input can cause is a `LabError`, with a stable
 * `code`, the input `field` it belongs to, and a `message` that says what is wrong and what to do.
 */
export type ErrorCode =
  | 'ATTACK_INPUT_INVALID'
  | 'TOKEN_EMPTY'
  | 'TOKEN_MALFORMED'
  | 'SEGMENT_NOT_BASE64URL'
  | 'HEADER_NOT_JSON'
  | 'HEADER_NOT_OBJECT'
  | 'PAYLOAD_NOT_JSON'
  | 'JSON_TOO_DEEP'
  | 'ALG_MISSING'
  | 'ALG_NONE'
  | 'ALG_UNSUPPORTED'
  | 'ALG_MISMATCH'
  | 'KEY_ALG_MISMATCH'
  | 'CRIT_UNSUPPORTED'
  | 'KEY_EMPTY'
  | 'KEY_INVALID'
  | 'KEY_UNSUPPORTED'
  | 'KEY_TOO_SMALL'
  | 'KID_NOT_FOUND'
  | 'NO_SUITABLE_KEY'
  | 'SIGNATURE_INVALID'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_NOT_YET_VALID'
  | 'ISSUER_MISMATCH'
  | 'AUDIENCE_MISMATCH'
  | 'CLAIM_INVALID'
  | 'JWE_NOT_DECRYPTED'
  | 'UNEXPECTED'
  | 'ROTATION_STEP_INVALID'
  | 'AUDIT_ALPHABET_INVALID'
  | 'AUDIT_LENGTH_INVALID'
  | 'AUDIT_SPACE_TOO_LARGE'
  | 'WORDLIST_EMPTY'
  | 'RESIGN_UNSUPPORTED'
  | 'KEY_NOT_PRIVATE'
  | 'JWE_ALG_REFUSED'
  | 'JWE_UNSUPPORTED'
  | 'JWE_INVALID'
  | 'JWE_KEY_UNWRAP_FAILED'
  | 'JWE_DECRYPTION_FAILED'
  | 'JWE_P2C_TOO_HIGH'
  | 'JWE_PLAINTEXT_TOO_LARGE';

/** The input a problem belongs to; the UI shows the message beside that field. */
export type ErrorField =
  | 'alg'
  | 'kid'
  | 'jku'
  | 'store'
  | 'flaw'
  | 'repoFile'
  | 'token'
  | 'header'
  | 'payload'
  | 'signature'
  | 'key'
  | 'secretEncoding'
  | 'claims'
  | 'expectedIssuer'
  | 'expectedAudience'
  | 'alphabet'
  | 'length'
  | 'wordlist'
  | 'enc';

export interface LabError {
  readonly code: ErrorCode;
  readonly field: ErrorField;
  readonly message: string;
}

/** What domain functions return for anything user input can cause; they throw only on bugs. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: LabError };

/** Builds a `LabError`. */
export function labError(code: ErrorCode, field: ErrorField, message: string): LabError {
  return { code, field, message };
}

/** Wraps a value as a successful `Result`. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as a failed `Result`. */
export function fail<T = never>(code: ErrorCode, field: ErrorField, message: string): Result<T> {
  return { ok: false, error: labError(code, field, message) };
}
