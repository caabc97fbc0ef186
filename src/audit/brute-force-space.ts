// The brute-force candidate space: every string over an alphabet with a length in [minLength, maxLength],
// shorter lengths first, and within a length in odometer order (the last character turns fastest).
// Indices are plain numbers, so a space is capped at 2^53 candidates (far beyond what a browser tries).
import { fail, ok, type Result } from '@/core/errors';

/** A validated brute-force space; `size` counts every candidate in it. */
export interface BruteForceSpace {
  /** Distinct single-byte characters, in the order they turn. */
  readonly alphabet: Uint8Array;
  readonly minLength: number;
  readonly maxLength: number;
  readonly size: number;
}

/** Longest candidate the brute force accepts: fits any HMAC key block, and no browser gets near it. */
export const MAX_BRUTE_FORCE_LENGTH = 16;

/** Validates an alphabet (printable ASCII, no repeats) and a length range, and sizes the space. */
export function createBruteForceSpace(
  alphabetText: string,
  minLength: number,
  maxLength: number,
): Result<BruteForceSpace> {
  const codes = [...alphabetText].map((char) => char.codePointAt(0) ?? 0);
  if (codes.length === 0 || codes.some((code) => code < 0x20 || code > 0x7e)) {
    return fail(
      'AUDIT_ALPHABET_INVALID',
      'alphabet',
      'The alphabet must hold at least one printable ASCII character (space to ~); other characters are not tried.',
    );
  }
  if (new Set(codes).size !== codes.length) {
    return fail(
      'AUDIT_ALPHABET_INVALID',
      'alphabet',
      'The alphabet lists a character twice; list each once.',
    );
  }
  const lengthsValid =
    Number.isInteger(minLength) && Number.isInteger(maxLength) && minLength >= 1 && minLength <= maxLength;
  if (!lengthsValid || maxLength > MAX_BRUTE_FORCE_LENGTH) {
    return fail(
      'AUDIT_LENGTH_INVALID',
      'length',
      `Lengths must be whole numbers with 1 ≤ minimum ≤ maximum ≤ ${MAX_BRUTE_FORCE_LENGTH}.`,
    );
  }
  const size = countSpace(codes.length, minLength, maxLength);
  if (!Number.isSafeInteger(size)) {
    return fail(
      'AUDIT_SPACE_TOO_LARGE',
      'length',
      'The space holds more than 2^53 candidates; shorten the maximum length.',
    );
  }
  return ok({ alphabet: Uint8Array.from(codes), minLength, maxLength, size });
}

/** Counts the strings of length minLength..maxLength over an alphabet of `base` characters. */
export function countSpace(base: number, minLength: number, maxLength: number): number {
  let size = 0;
  for (let length = minLength; length <= maxLength; length++) size += base ** length;
  return size;
}

/** The length of the candidate at `index` and its position among the candidates of that length. */
function locate(space: BruteForceSpace, index: number): { length: number; offset: number } {
  let offset = index;
  for (let length = space.minLength; length <= space.maxLength; length++) {
    const count = space.alphabet.length ** length;
    if (offset < count) return { length, offset };
    offset -= count;
  }
  throw new RangeError(`index ${index} is outside a space of ${space.size}`);
}

/**
 * Writes the alphabet positions of the candidate at `index` into `digits` (most significant first) and
 * returns its length.
 */
export function writeDigitsAt(space: BruteForceSpace, index: number, digits: Uint8Array): number {
  const { length, offset } = locate(space, index);
  const base = space.alphabet.length;
  let rest = offset;
  for (let i = length - 1; i >= 0; i--) {
    digits[i] = rest % base;
    rest = Math.floor(rest / base);
  }
  return length;
}

/** The candidate at `index` as bytes (tests and hit reporting; the hot loop turns an odometer instead). */
export function candidateAt(space: BruteForceSpace, index: number): Uint8Array {
  const digits = new Uint8Array(space.maxLength);
  const length = writeDigitsAt(space, index, digits);
  return digits.subarray(0, length).map((digit) => space.alphabet[digit] ?? 0);
}

/** The index of a candidate in the space, or -1 when it is not in it. */
export function indexOfCandidate(space: BruteForceSpace, candidate: Uint8Array): number {
  const { length } = candidate;
  if (length < space.minLength || length > space.maxLength) return -1;
  const base = space.alphabet.length;
  let index = 0;
  for (let shorter = space.minLength; shorter < length; shorter++) index += base ** shorter;
  let offset = 0;
  for (const byte of candidate) {
    const digit = space.alphabet.indexOf(byte);
    if (digit < 0) return -1;
    offset = offset * base + digit;
  }
  return index + offset;
}
