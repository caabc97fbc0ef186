import { describe, expect, it } from 'vitest';
import { formatPercent, progressPercent, summarizeProgress, type WorkerTally } from './audit-progress';

describe('progressPercent', () => {
  it.each([
    // The case: found after 13 of 103,786 candidates reads 0.01%, not "<0.01%" beside a fuller bar.
    [13, 103_786, 0.01],
    [7, 103_786, 0.01],
    [4, 103_786, 0.0039],
    [4_791, 103_786, 4.62],
    [51_893, 103_786, 50],
    [103_785, 103_786, 99.99],
    [103_786, 103_786, 100],
    [0, 103_786, 0],
    // A cancelled printable-ASCII brute force: tiny but not zero.
    [1e9, 6_704_780_954_517_120, 0.000015],
    [0, 0, 100],
    [1, 3, 33.33],
  ])('%d of %d → %s%%', (tried, total, percent) => {
    expect(progressPercent(tried, total)).toBe(percent);
  });
});

describe('formatPercent', () => {
  it.each([
    [0.01, '0.01%'],
    [0.000015, '0.000015%'],
    [1.5e-14, '0.000000000000015%'],
    [4.62, '4.62%'],
    [50, '50%'],
    [100, '100%'],
  ])('%s → %s', (percent, text) => {
    expect(formatPercent(percent)).toBe(text);
  });
});

const tally = (tried: number, hashingMs: number): WorkerTally => ({ tried, hashingMs });

describe('summarizeProgress', () => {
  it.each<[string, WorkerTally[], number, number, Partial<ReturnType<typeof summarizeProgress>>]>([
    [
      'found after 13 candidates, too quick to time: no speed, the bar and text at 0.01%',
      [tally(13, 0.1), tally(0, 0)],
      103_786,
      200,
      { tried: 13, percent: 0.01, perSecond: null, etaMs: null, hashingMs: 0.1, elapsedMs: 200 },
    ],
    [
      // 0.2 s of wall time (most of it starting workers) but 8 ms of hashing: speed over the hashing.
      'speed is tried ÷ hashing time, not ÷ wall time with start-up',
      [tally(4_800, 8), tally(0, 0)],
      103_786,
      200,
      { tried: 4_800, percent: 4.62, perSecond: 600_000, hashingMs: 8 },
    ],
    [
      'two workers hashing side by side add their speeds',
      [tally(50_000, 100), tally(40_000, 100)],
      1_000_000,
      350,
      { tried: 90_000, percent: 9, perSecond: 900_000, etaMs: (910_000 * 1000) / 900_000, hashingMs: 100 },
    ],
    [
      'a worker not yet timed counts toward tried but not toward the speed',
      [tally(30_000, 50), tally(5, 1)],
      1_000_000,
      120,
      { tried: 30_005, perSecond: 600_000, hashingMs: 50 },
    ],
    [
      'everything tried: nothing left',
      [tally(500, 10), tally(500, 10)],
      1_000,
      40,
      { tried: 1_000, percent: 100, perSecond: 100_000, etaMs: 0 },
    ],
    ['an empty list is done at once', [], 0, 1, { tried: 0, percent: 100, perSecond: null, etaMs: 0 }],
    [
      'nothing reported yet: 0%, no speed, no time left',
      [tally(0, 0), tally(0, 0)],
      1_000,
      30,
      { tried: 0, percent: 0, perSecond: null, etaMs: null },
    ],
  ])('%s', (_, tallies, total, elapsedMs, expected) => {
    const progress = summarizeProgress(tallies, total, elapsedMs);
    expect(progress).toMatchObject({ total, ...expected });
  });

  it('keeps the bar, the percentage and the count on one number', () => {
    const progress = summarizeProgress([tally(13, 0.05)], 103_786, 200);
    expect(progress.percent).toBe(progressPercent(progress.tried, progress.total));
    expect(formatPercent(progress.percent)).toBe('0.01%');
  });
});
