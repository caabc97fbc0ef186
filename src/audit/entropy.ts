/**
 * How much entropy a secret really has. zxcvbn models what people type (words, names, dates, keyboard
 * walks) and prices every other character at a flat 10 guesses, about 3.3 bits. That is right for typed
 * text and far too low for generator output: the 43 characters of a random 32-byte base64url secret
 * carry 256 bits, not zxcvbn's ~143. So the rule is:
 *
 * 1. Text that decodes cleanly as hex (tried first: the tightest alphabet), base64url or base64 to at
 *    least 16 bytes, whose characters mix like a generator's (`hasRandomCharacterMix`) and in which zxcvbn
 *    finds almost no structure (its guesses reach 10^(0.88 × length), and words, walks, repeats and
 *    sequences cover at most 35% of it), is random bytes: 8 bits per decoded byte. The thresholds come
 *    from measuring zxcvbn on random secrets (32-byte hex and base64url: ratio ≥ 0.91, share ≤ 0.22)
 *    against typed lookalikes ("JwtSecretKey2024ForMyApp": 0.84; camelCase phrases: share ≥ 0.25).
 * 2. Text that decodes to readable text (`aGVsbG8…`) is encoded text: the lower of zxcvbn's estimates
 *    for the text as typed and as decoded, because base64 adds no secrecy to a phrase.
 * 3. Anything else is typed text: log2 of zxcvbn's guesses, uncapped by zxcvbn's 0–4 score but never
 *    above 8 bits per UTF-8 byte (a text cannot hold more information than its bits).
 *
 * The assessment then caps the estimate at 8 bits per byte of the key the text becomes.
 */
import { bytesToUtf8, utf8ToBytes } from '@/encoding/base64';
import { hasRandomCharacterMix, isEncodedText, readEncodedBytes, type ByteEncoding } from './encoded-bytes';
import { findSecretPatterns, structuredShare, type SecretPattern } from './secret-patterns';
import type { StrengthCheck, StrengthResult } from './strength-estimator';

/** Which branch of the rule produced an estimate. */
export type EntropySource = 'random-bytes' | 'encoded-text' | 'typed-text';

/** A secret's estimated entropy and what it was based on. */
export interface EntropyEstimate {
  readonly bits: number;
  readonly source: EntropySource;
  /** How the text was read when it decoded as bytes (random bytes or encoded text), else `null`. */
  readonly encoded: {
    readonly encoding: ByteEncoding;
    readonly characters: number;
    readonly bytes: number;
  } | null;
  /** The human patterns zxcvbn found; empty for random bytes. */
  readonly patterns: readonly SecretPattern[];
  /** zxcvbn's estimate for the text as typed: log2 of its guesses. */
  readonly zxcvbnBits: number;
  /** zxcvbn's warning in English ("This is a frequently used password."), if any. */
  readonly warning: string | null;
  /** zxcvbn reads only the first 256 characters; the rest was not counted (so the estimate errs low). */
  readonly truncated: boolean;
}

/** Fewer random bytes than this are not trusted as "random-looking": 8 bytes of hex look random by chance. */
export const MIN_RANDOM_BYTES = 16;
const MIN_GUESS_RATIO = 0.88;
const MAX_STRUCTURED_SHARE = 0.35;

/** Estimates a secret text's entropy with zxcvbn (`check`) and the random-bytes rule above. */
export function estimateEntropy(text: string, check: StrengthCheck): EntropyEstimate {
  const typed = check(text);
  const typedEstimate: EntropyEstimate = {
    bits: zxcvbnBits(typed, text),
    source: 'typed-text',
    encoded: null,
    patterns: findSecretPatterns(typed.sequence),
    zxcvbnBits: zxcvbnBits(typed, text),
    warning: typed.feedback.warning,
    truncated: typed.password.length < text.length,
  };
  const read = readEncodedBytes(text);
  if (read === null) return typedEstimate;
  const encoded = { encoding: read.encoding, characters: read.characters.length, bytes: read.bytes.length };
  const decodedText = isEncodedText(read.bytes) ? bytesToUtf8(read.bytes) : null;
  if (decodedText !== null && decodedText !== '') {
    const inner = check(decodedText);
    const innerBits = zxcvbnBits(inner, decodedText);
    if (innerBits >= typedEstimate.bits) return typedEstimate;
    const patterns = findSecretPatterns(inner.sequence);
    return {
      ...typedEstimate,
      bits: innerBits,
      source: 'encoded-text',
      encoded,
      patterns,
      warning: inner.feedback.warning,
    };
  }
  if (read.bytes.length >= MIN_RANDOM_BYTES && hasRandomCharacterMix(read) && looksUnstructured(typed)) {
    return {
      ...typedEstimate,
      bits: 8 * read.bytes.length,
      source: 'random-bytes',
      encoded,
      patterns: [],
      warning: null,
    };
  }
  return typedEstimate;
}

/** log2 of zxcvbn's guesses, at most 8 bits per UTF-8 byte of the text. */
function zxcvbnBits(result: StrengthResult, text: string): number {
  const cap = 8 * utf8ToBytes(text).length;
  const bits = result.guessesLog10 * Math.log2(10);
  // zxcvbn's guess product can overflow to Infinity on long texts; NaN would be its bug, read as no entropy.
  if (Number.isNaN(bits)) return 0;
  return Math.max(0, Math.min(bits, cap));
}

/** zxcvbn priced nearly every character as brute force and found few words, walks or sequences. */
function looksUnstructured(result: StrengthResult): boolean {
  const length = result.password.length;
  if (length === 0) return false;
  return result.guessesLog10 >= MIN_GUESS_RATIO * length && structuredShare(result) <= MAX_STRUCTURED_SHARE;
}
