import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateAt, createBruteForceSpace, type BruteForceSpace } from '../brute-force-space';
import { addToDigits, planBruteBatch } from './brute-batches';

function spaceOf(alphabet: string, min: number, max: number): BruteForceSpace {
  const space = createBruteForceSpace(alphabet, min, max);
  if (!space.ok) throw new Error(space.error.message);
  return space.value;
}

/** The candidate thread `offset` of a batch builds, as the shader does (alphabet[digit] per position). */
function threadCandidate(space: BruteForceSpace, batch: ReturnType<typeof planBruteBatch>, offset: number) {
  return Uint8Array.from(
    addToDigits(batch.digits, batch.length, space.alphabet.length, offset).map((d) => space.alphabet[d] ?? 0),
  );
}

const SPACES = [
  ['abc', 1, 4],
  ['0123456789', 2, 4],
  ['x', 1, 16],
  ['abcdefghij0123456789', 1, 3],
] as const;

describe('planBruteBatch', () => {
  it.each(SPACES)(
    'covers %s %i..%i in order, batch by batch, never across a length',
    (alphabet, min, max) => {
      const space = spaceOf(alphabet, min, max);
      for (const maxCount of [1, 7, 64, 1000].filter((count) => count * 1000 > space.size)) {
        let index = 0;
        while (index < space.size) {
          const batch = planBruteBatch(space, index, space.size, maxCount);
          expect(batch.start).toBe(index);
          expect(batch.count).toBeGreaterThan(0);
          expect(batch.count).toBeLessThanOrEqual(maxCount);
          const first = candidateAt(space, index);
          const last = candidateAt(space, index + batch.count - 1);
          expect(last.length).toBe(first.length);
          expect(batch.length).toBe(first.length);
          for (const offset of [0, batch.count - 1, batch.count >> 1]) {
            expect(threadCandidate(space, batch, offset)).toEqual(candidateAt(space, index + offset));
          }
          index += batch.count;
        }
        expect(index).toBe(space.size);
      }
    },
  );

  it('stops at the end of a shard', () => {
    const space = spaceOf('abc', 1, 4);
    expect(planBruteBatch(space, 5, 9, 100)).toMatchObject({ start: 5, count: 4, length: 2 });
  });

  it.each([
    [3, 3],
    [4, 3],
  ])('refuses an empty range [%i, %i)', (start, end) => {
    expect(() => planBruteBatch(spaceOf('abc', 1, 2), start, end, 10)).toThrow(RangeError);
  });
});

describe('addToDigits', () => {
  it('maps every thread of a batch to the space candidate at its index (printable ASCII, large offsets)', () => {
    const space = spaceOf(Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join(''), 1, 8);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: space.size - 1 }),
        fc.nat({ max: 0xffffffff }),
        (start, offset) => {
          const batch = planBruteBatch(space, start, space.size, 2 ** 32);
          fc.pre(offset < batch.count);
          expect(threadCandidate(space, batch, offset)).toEqual(candidateAt(space, start + offset));
        },
      ),
    );
  });
});
