import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateAt, createBruteForceSpace } from './brute-force-space';
import { planShards } from './crack-plan';
import { startOdometer, turnOdometer } from './odometer';

describe('planShards', () => {
  it('covers [0, total) in order with no gap or overlap, sizes within one of each other', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 1, max: 64 }),
        (total, workers) => {
          const shards = planShards(total, workers);
          expect(shards.length).toBe(total === 0 ? 0 : Math.min(workers, total));
          let next = 0;
          for (const shard of shards) {
            expect(shard.start).toBe(next);
            expect(shard.end).toBeGreaterThan(shard.start);
            next = shard.end;
          }
          expect(next).toBe(total);
          const sizes = shards.map((shard) => shard.end - shard.start);
          if (sizes.length > 0) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it.each([
    [
      10,
      3,
      [
        [0, 4],
        [4, 7],
        [7, 10],
      ],
    ],
    [
      2,
      4,
      [
        [0, 1],
        [1, 2],
      ],
    ],
    [0, 2, []],
  ])('splits %i candidates over %i workers as %j', (total, workers, expected) => {
    expect(planShards(total, workers).map(({ start, end }) => [start, end])).toEqual(expected);
  });

  it.each([[-1], [1.5], [2 ** 53]])('throws on a candidate count of %d (a caller bug)', (total) => {
    expect(() => planShards(total, 2)).toThrow(RangeError);
  });

  it('gives brute-force odometers shards that together enumerate the space exactly once', () => {
    const result = createBruteForceSpace('abc', 1, 4);
    if (!result.ok) throw new Error('space');
    const space = result.value;
    const seen: string[] = [];
    for (const { start, end } of planShards(space.size, 7)) {
      const key = new Uint8Array(16);
      const odometer = startOdometer(space, start, key);
      for (let index = start; index < end; index++) {
        seen.push(new TextDecoder().decode(key.subarray(0, odometer.length)));
        turnOdometer(odometer, space.alphabet, key);
      }
    }
    const expected = Array.from({ length: space.size }, (_, i) =>
      new TextDecoder().decode(candidateAt(space, i)),
    );
    expect(seen).toEqual(expected);
  });
});
