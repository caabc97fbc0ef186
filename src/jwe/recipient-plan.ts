/**
 * Which recipients of a JWE can be decrypted at all, decided before any key or cryptography: RSA1_5
 * is refused, unknown algorithms are reported, and a PBES2 iteration count above the user's bound is
 * refused before PBKDF2 could start.
 */
import { labError, type LabError } from '@/core/errors';
import {
  isJweContentEncryption,
  isJweKeyAlgorithm,
  JWE_CONTENT_ENCRYPTIONS,
  RSA1_5_REFUSAL,
  type JweContentEncryption,
  type JweKeyAlgorithm,
} from './jwe-algorithms';
import type { JweStructure } from './jwe-structure';

/** A recipient that can be tried: its algorithms and whole JOSE header. */
export interface RecipientPlan {
  readonly index: number;
  readonly alg: JweKeyAlgorithm;
  readonly enc: JweContentEncryption;
  readonly header: Readonly<Record<string, unknown>>;
  readonly encryptedKey: string;
}

/** The recipients to try, and those left out with the reason. */
export interface RecipientsPlan {
  readonly usable: readonly RecipientPlan[];
  readonly skipped: readonly { readonly index: number; readonly error: LabError }[];
}

/** Sorts the recipients into usable and refused, with `p2cLimit` as the PBES2 bound. */
export function planRecipients(structure: JweStructure, p2cLimit: number): RecipientsPlan {
  const usable: RecipientPlan[] = [];
  const skipped: { index: number; error: LabError }[] = [];
  structure.recipients.forEach((recipient, index) => {
    const { joseHeader: header } = recipient;
    const problem = refusal(header, p2cLimit);
    if (problem) skipped.push({ index, error: problem });
    else
      usable.push({
        index,
        alg: header.alg as JweKeyAlgorithm,
        enc: header.enc as JweContentEncryption,
        header,
        encryptedKey: recipient.encryptedKey,
      });
  });
  return { usable, skipped };
}

function refusal(header: Readonly<Record<string, unknown>>, p2cLimit: number): LabError | null {
  const { alg, enc, p2c } = header;
  if (alg === 'RSA1_5') return labError('JWE_ALG_REFUSED', 'header', RSA1_5_REFUSAL);
  if (typeof alg !== 'string' || alg === '')
    return labError('ALG_MISSING', 'header', 'The JWE header has no "alg" (RFC 7516 §4.1.1).');
  if (!isJweKeyAlgorithm(alg))
    return labError(
      'JWE_UNSUPPORTED',
      'header',
      `"${alg}" is not a JWE key management algorithm jwt-lab supports (RFC 7518 §4.1).`,
    );
  if (!isJweContentEncryption(enc))
    return labError(
      'JWE_UNSUPPORTED',
      'header',
      enc === undefined
        ? 'The JWE header has no "enc" (RFC 7516 §4.1.2).'
        : `"${String(enc)}" is not a content encryption algorithm (${JWE_CONTENT_ENCRYPTIONS.join(', ')}).`,
    );
  if (!alg.startsWith('PBES2')) return null;
  if (typeof p2c !== 'number' || !Number.isSafeInteger(p2c) || p2c < 1)
    return labError(
      'JWE_INVALID',
      'header',
      'A PBES2 header needs "p2c", a positive whole number of iterations (RFC 7518 §4.8.1.2).',
    );
  if (p2c > p2cLimit)
    return labError(
      'JWE_P2C_TOO_HIGH',
      'key',
      `This token asks for ${p2c.toLocaleString('en-US')} PBKDF2 iterations ("p2c"); the limit is ${p2cLimit.toLocaleString('en-US')}, so jwt-lab did not start. A hostile "p2c" can keep a page busy for hours; raise the limit only for a token you trust.`,
    );
  return null;
}
