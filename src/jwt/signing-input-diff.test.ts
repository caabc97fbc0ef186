import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffSigningInput, type ChangedRange } from './signing-input-diff';

describe('diffSigningInput', () => {
  it.each<[string, string, string, ChangedRange[]]>([
    ['identical', 'abc.def', 'abc.def', []],
    ['one character', 'abc.def', 'abc.dXf', [{ start: 5, end: 6 }]],
    [
      'two separate same-length edits',
      'abc.defghi',
      'abc.dXfgYi',
      [
        { start: 5, end: 6 },
        { start: 8, end: 9 },
      ],
    ],
    ['an adjacent run', 'abc.defghi', 'abc.dXYZhi', [{ start: 5, end: 8 }]],
    ['an insertion', 'abc.def', 'abc.deXYf', [{ start: 6, end: 8 }]],
    ['a deletion', 'abc.defgh', 'abc.dh', [{ start: 5, end: 5 }]],
    ['a longer tail', 'abc.de', 'abc.deXY', [{ start: 6, end: 8 }]],
    ['a different-length middle', 'abc.d111e', 'abc.d22e', [{ start: 5, end: 7 }]],
    ['everything', 'abc', 'xyz', [{ start: 0, end: 3 }]],
    ['repeated letters (suffix does not overlap prefix)', 'aaa', 'aaaa', [{ start: 3, end: 4 }]],
  ])('finds %s', (_name, original, edited, expected) => {
    expect(diffSigningInput(original, edited)).toEqual(expected);
  });

  it('marks exactly the differing characters of same-length inputs', () => {
    const pair = fc
      .string({ minLength: 1, maxLength: 40 })
      .chain((a) => fc.tuple(fc.constant(a), fc.string({ minLength: a.length, maxLength: a.length })));
    fc.assert(
      fc.property(pair, ([original, edited]) => {
        const inRange = new Set<number>();
        for (const { start, end } of diffSigningInput(original, edited))
          for (let i = start; i < end; i++) inRange.add(i);
        for (let i = 0; i < edited.length; i++) expect(inRange.has(i)).toBe(original[i] !== edited[i]);
      }),
    );
  });

  it('leaves an unchanged common prefix and suffix outside the range of different-length inputs', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (original, edited) => {
        fc.pre(original.length !== edited.length);
        const ranges = diffSigningInput(original, edited);
        expect(ranges).toHaveLength(1);
        const { start, end } = ranges[0]!;
        const suffix = edited.length - end;
        expect(edited.slice(0, start)).toBe(original.slice(0, start));
        expect(edited.slice(end)).toBe(original.slice(original.length - suffix));
        // The range rebuilds the edit: prefix + edited middle + suffix.
        expect(
          original.slice(0, start) + edited.slice(start, end) + original.slice(original.length - suffix),
        ).toBe(edited);
      }),
    );
  });
});
