import { describe, expect, it } from 'vitest';
import { summarizeProgress } from './audit-progress';

describe('summarizeProgress', () => {
  it.each([
    [500, 1000, 250, 2000, 250],
    [0, 1000, 0, 0, null],
    [1000, 1000, 100, 10_000, 0],
  ])('tried %i of %i in %i ms → %i/s, %s ms left', (tried, total, elapsed, perSecond, eta) => {
    expect(summarizeProgress(tried, total, elapsed)).toEqual({
      tried,
      total,
      elapsedMs: elapsed,
      perSecond,
      etaMs: eta,
    });
  });
});
