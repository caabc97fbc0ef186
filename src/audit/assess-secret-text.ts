/** One call for the Keys page: from the secret as typed to its assessment, or the input error. */
import { bytesToUtf8 } from '@/encoding/base64';
import { ok, type Result } from '@/core/errors';
import type { SecretEncoding } from '@/keys/key-types';
import { decodeSecret, trimSecretText } from '@/keys/secret';
import { assessSecretStrength, type SecretAssessment } from './assess-secret';
import type { EntropyEstimate } from './entropy';
import { findKnownSecret, type KnownSecretMatch } from './secret-list';

export interface SecretTextInput {
  /** The secret as typed or pasted. */
  readonly text: string;
  readonly encoding: SecretEncoding;
  /** The wallarm/jwt-secrets list once loaded, else `null` (the well-known table is always checked). */
  readonly list: ReadonlySet<string> | null;
  /**
   * `estimateEntropy(secretTextToEstimate(text), check)`, made wherever the caller can afford zxcvbn's
   * time (the pages: in a Web Worker, see src/lib/entropy-estimator.ts).
   */
  readonly estimate: EntropyEstimate;
  /** HS256 guesses per second measured in this browser, or `null`. */
  readonly browserGuessesPerSecond: number | null;
}

/** The part of a secret text its entropy is estimated on: up to the first line break, as decoded. */
export const secretTextToEstimate = trimSecretText;

/**
 * Decodes the secret (KEY_EMPTY or KEY_INVALID on bad input, as the debugger reports them), looks it up
 * among published secrets, estimates its entropy and assesses it.
 */
export function assessSecretText(input: SecretTextInput): Result<SecretAssessment> {
  const decoded = decodeSecret(input.text, input.encoding);
  if (!decoded.ok) return decoded;
  const text = trimSecretText(input.text);
  return ok(
    assessSecretStrength({
      encoding: input.encoding,
      bytes: decoded.value,
      known: findPublishedSecret(text, decoded.value, input.list),
      estimate: input.estimate,
      guessesPerSecond: { browser: input.browserGuessesPerSecond },
    }),
  );
}

/**
 * The key is the bytes, so those are looked up first: `c2VjcmV0` as base64 is the key "secret". The text
 * as typed comes second: a published secret stays published under any encoding.
 */
function findPublishedSecret(
  text: string,
  bytes: Uint8Array,
  list: ReadonlySet<string> | null,
): KnownSecretMatch | null {
  const keyText = bytesToUtf8(bytes);
  return (keyText !== null ? findKnownSecret(keyText, list) : null) ?? findKnownSecret(text, list);
}
