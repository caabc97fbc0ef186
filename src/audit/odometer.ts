/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loop over typed arrays whose bounds hold by
   construction; `?? 0` would add a branch per word read for nothing. */
import { writeDigitsAt, type BruteForceSpace } from './brute-force-space';

/**
 * Turns brute-force candidates in place inside a key buffer: no strings, no allocation per candidate.
 * `digits` holds alphabet positions; `key` holds the candidate's bytes (and zeros past them).
 */
export interface Odometer {
  readonly digits: Uint8Array;
  length: number;
}

/** Writes the candidate at `index` into `key` (which must be zero past it) and returns its odometer. */
export function startOdometer(space: BruteForceSpace, index: number, key: Uint8Array): Odometer {
  const digits = new Uint8Array(space.maxLength);
  const length = writeDigitsAt(space, index, digits);
  for (let i = 0; i < length; i++) key[i] = space.alphabet[digits[i]!]!;
  return { digits, length };
}

/** Moves `key` to the next candidate; past the last of a length it starts the next length at all-first. */
export function turnOdometer(odometer: Odometer, alphabet: Uint8Array, key: Uint8Array): void {
  const { digits } = odometer;
  const base = alphabet.length;
  for (let i = odometer.length - 1; i >= 0; i--) {
    const digit = digits[i]! + 1;
    if (digit < base) {
      digits[i] = digit;
      key[i] = alphabet[digit]!;
      return;
    }
    digits[i] = 0;
    key[i] = alphabet[0]!;
  }
  // Every position wrapped: the next length begins with one more first character.
  digits[odometer.length] = 0;
  key[odometer.length] = alphabet[0]!;
  odometer.length++;
}
