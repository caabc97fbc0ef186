// Brute force on the GPU: each batch stays within one candidate length, and carries the digits (alphabet
// positions) of its first candidate; thread j adds j to them in the alphabet's base, the last digit
// turning fastest. The order and the space are the CPU engine's (brute-force-space.ts): candidate
// `start + j` of the batch is the space's candidate at that index.
import { writeDigitsAt, type BruteForceSpace } from '../brute-force-space';

/** A run of consecutive candidates of one length, starting at `digits`. */
export interface BruteBatch {
  /** Index in the space of the batch's first candidate. */
  readonly start: number;
  readonly count: number;
  readonly length: number;
  readonly digits: Uint8Array;
}

/**
 * The batch from index `start` (inclusive) to at most `end` (exclusive) and at most `maxCount` candidates,
 * cut short where the candidates' length changes.
 */
export function planBruteBatch(
  space: BruteForceSpace,
  start: number,
  end: number,
  maxCount: number,
): BruteBatch {
  if (!(start < end) || end > space.size) throw new RangeError(`no candidates in [${start}, ${end})`);
  const digits = new Uint8Array(space.maxLength);
  const length = writeDigitsAt(space, start, digits);
  // Index just past the last candidate of this length.
  let lengthEnd = 0;
  for (let l = space.minLength; l <= length; l++) lengthEnd += space.alphabet.length ** l;
  const count = Math.max(1, Math.min(maxCount, end - start, lengthEnd - start));
  return { start, count, length, digits: digits.subarray(0, length) };
}

/**
 * The digits of candidate `offset` of a batch: `digits` plus `offset` in base `base`. The JavaScript twin of
 * the shader's `load_key` (the same u32 arithmetic: offsets stay below 2^32, carries below `base`).
 */
export function addToDigits(
  digits: ArrayLike<number>,
  length: number,
  base: number,
  offset: number,
): number[] {
  const out = new Array<number>(length).fill(0);
  let carry = offset >>> 0;
  for (let i = length - 1; i >= 0; i--) {
    const sum = (digits[i] ?? 0) + (carry % base);
    carry = Math.floor(carry / base) + Math.floor(sum / base);
    out[i] = sum % base;
  }
  return out;
}
