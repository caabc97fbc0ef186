import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  candidateAt,
  createBruteForceSpace,
  indexOfCandidate,
  type BruteForceSpace,
} from './brute-force-space';
import { startOdometer, turnOdometer } from './odometer';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const spaceOf = (alphabet: string, min: number, max: number): BruteForceSpace => {
  const result = createBruteForceSpace(alphabet, min, max);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
/** Reference enumeration, written the obvious (slow) way. */
const enumerate = (alphabet: string, min: number, max: number): string[] => {
  const out: string[] = [];
  let level = [''];
  for (let length = 1; length <= max; length++) {
    level = level.flatMap((prefix) => [...alphabet].map((char) => prefix + char));
    if (length >= min) out.push(...level);
  }
  return out;
};

describe('createBruteForceSpace', () => {
  it.each([
    ['', 1, 3, 'AUDIT_ALPHABET_INVALID'],
    ['ab\n', 1, 3, 'AUDIT_ALPHABET_INVALID'],
    ['abé', 1, 3, 'AUDIT_ALPHABET_INVALID'],
    ['aba', 1, 3, 'AUDIT_ALPHABET_INVALID'],
    ['ab', 0, 3, 'AUDIT_LENGTH_INVALID'],
    ['ab', 3, 2, 'AUDIT_LENGTH_INVALID'],
    ['ab', 1, 17, 'AUDIT_LENGTH_INVALID'],
    ['ab', 1.5, 2, 'AUDIT_LENGTH_INVALID'],
    [String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 0x20 + i)), 1, 16, 'AUDIT_SPACE_TOO_LARGE'],
  ])('rejects alphabet %j with lengths %i..%i as %s on its field', (alphabet, min, max, code) => {
    const result = createBruteForceSpace(alphabet, min, max);
    expect(result.ok).toBe(false);
    const field = code === 'AUDIT_ALPHABET_INVALID' ? 'alphabet' : 'length';
    if (!result.ok) expect(result.error).toMatchObject({ code, field });
  });

  it.each([
    ['ab', 1, 3, 2 + 4 + 8],
    ['abc', 3, 3, 27],
    ['0123456789', 1, 4, 11110],
  ])('sizes %j over lengths %i..%i as %i', (alphabet, min, max, size) => {
    expect(spaceOf(alphabet, min, max).size).toBe(size);
  });
});

describe('candidateAt', () => {
  it.each([
    ['ab', 1, 3],
    ['xyz', 2, 3],
    ['10', 1, 4],
    ['q', 1, 5],
  ])('enumerates %j over %i..%i exactly, shorter first, last character fastest', (alphabet, min, max) => {
    const space = spaceOf(alphabet, min, max);
    const all = Array.from({ length: space.size }, (_, i) => text(candidateAt(space, i)));
    expect(all).toEqual(enumerate(alphabet, min, max));
  });

  it('throws past the end of the space (a caller bug)', () => {
    expect(() => candidateAt(spaceOf('ab', 1, 2), 6)).toThrow(RangeError);
  });
});

describe('indexOfCandidate', () => {
  it('inverts candidateAt on any index', () => {
    const space = spaceOf('abc0123456789', 2, 6);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: space.size - 1 }), (index) => {
        expect(indexOfCandidate(space, candidateAt(space, index))).toBe(index);
      }),
    );
  });

  it.each([['abcd'], ['a'], ['abz']])('returns -1 for %j, which is not in the space', (candidate) => {
    expect(indexOfCandidate(spaceOf('abc', 2, 3), new TextEncoder().encode(candidate))).toBe(-1);
  });
});

describe('turnOdometer', () => {
  it.each([
    ['ab', 1, 4, 0],
    ['xyz', 2, 4, 5],
    ['01', 3, 5, 7],
  ])('walks %j (%i..%i) from index %i in the same order as candidateAt', (alphabet, min, max, from) => {
    const space = spaceOf(alphabet, min, max);
    const key = new Uint8Array(64);
    const odometer = startOdometer(space, from, key);
    for (let index = from; index < space.size; index++) {
      expect(text(key.subarray(0, odometer.length))).toBe(text(candidateAt(space, index)));
      expect(key[odometer.length]).toBe(0);
      if (index + 1 < space.size) turnOdometer(odometer, space.alphabet, key);
    }
  });
});
