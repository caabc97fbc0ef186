import { describe, expect, it } from 'vitest';
import { coarsenMarks } from './coarsen-marks';

describe('coarsenMarks', () => {
  it.each([
    [
      'keeps distant ranges',
      [
        { start: 0, end: 2 },
        { start: 10, end: 12 },
      ],
      [
        { start: 0, end: 2 },
        { start: 10, end: 12 },
      ],
    ],
    [
      'merges ranges a few characters apart',
      [
        { start: 1, end: 2 },
        { start: 4, end: 5 },
      ],
      [{ start: 1, end: 5 }],
    ],
    ['keeps nothing as nothing', [], []],
  ])('%s', (_name, input, expected) => {
    expect(coarsenMarks(input)).toEqual(expected);
  });

  it('collapses scattered changes into one range', () => {
    const scattered = Array.from({ length: 10_000 }, (_, i) => ({ start: i * 10, end: i * 10 + 1 }));
    expect(coarsenMarks(scattered)).toEqual([{ start: 0, end: 99_991 }]);
  });
});
