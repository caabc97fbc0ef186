/**
 * The JWE verdicts that need no cryptography (malformed, refused, no key yet) — computed in render,
 * so they are never late — and the wording of every failed verdict: the headline names the step.
 */
import { labError, type ErrorCode } from '@/core/errors';
import type { Decryption } from './decryption';
import { describeKeyNeed } from './jwe-algorithms';
import type { JweFailure } from './jwe-errors';
import { parseJweStructure } from './jwe-structure';
import { planRecipients, type RecipientPlan } from './recipient-plan';

const HEADLINES: Partial<Record<ErrorCode, string>> = {
  JWE_KEY_UNWRAP_FAILED: 'Decryption failed at key unwrap',
  JWE_DECRYPTION_FAILED: 'Decryption failed: the authentication tag does not match',
  CRIT_UNSUPPORTED: 'Decryption refused: unknown critical header',
  JWE_ALG_REFUSED: 'RSA1_5 is refused',
  JWE_P2C_TOO_HIGH: 'PBES2 iteration count above the limit',
  JWE_PLAINTEXT_TOO_LARGE: 'Decrypted, but the plaintext inflates past the limit',
  JWE_UNSUPPORTED: 'Unsupported algorithm',
  ALG_MISSING: 'Malformed token',
  JWE_INVALID: 'Malformed token',
  TOKEN_MALFORMED: 'Malformed token',
  KEY_ALG_MISMATCH: 'Key does not fit this algorithm',
  KEY_NOT_PRIVATE: 'Key does not fit this algorithm',
};

/** Malformed, refused, or "enter a key": the verdicts for a JWE that need no key material. */
export function decryptWithoutCrypto(text: string, keyText: string, p2cLimit: number): Decryption | null {
  const structure = parseJweStructure(text);
  if (!structure.ok) return failedVerdict({ state: 'error', error: structure.error }, undefined);
  const plan = planRecipients(structure.value, p2cLimit);
  const [first] = plan.usable;
  const [refused] = plan.skipped;
  if (!first) {
    const alg = structure.value.recipients[0]?.joseHeader.alg;
    const error = refused?.error ?? labError('TOKEN_MALFORMED', 'token', 'This JWE has no recipient.');
    const verdict = failedVerdict({ state: 'error', error }, undefined);
    return typeof alg === 'string' ? { ...verdict, alg } : verdict;
  }
  if (keyText.trim() !== '') return null;
  const count = structure.value.recipients.length;
  return {
    state: 'unverified',
    headline: `Enter a key to decrypt this JWE (${first.alg} + ${first.enc})`,
    details: [],
    alg: first.alg,
    enc: first.enc,
    hints: [
      `${first.alg} needs ${describeKeyNeed(first.alg, first.enc)}${count > 1 ? ` (for recipient ${first.index + 1} of ${count})` : ''}.`,
      ...plan.skipped.map(({ index, error }) => `Recipient ${index + 1} is skipped: ${error.message}`),
    ],
  };
}

/** A failed decryption's verdict, with its algorithms when a recipient was tried. */
export function failedVerdict(failure: JweFailure, recipient: RecipientPlan | undefined): Decryption {
  const { state, error } = failure;
  const headline =
    HEADLINES[error.code] ??
    (error.field === 'key' || error.field === 'secretEncoding'
      ? 'The key cannot be used'
      : 'Decryption failed');
  return {
    state,
    headline,
    details: [],
    error,
    hints: [],
    ...(recipient && { alg: recipient.alg, enc: recipient.enc }),
  };
}
