import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractToken } from './extract-token';
import { findCompactToken } from './find-compact-token';

// The backtracking pattern this scanner replaces: same answers, but quadratic on "eyJeyJeyJ…".
const OLD_PATTERN = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)?/;

describe('findCompactToken', () => {
  it.each([
    ['a token in a log line', 'user=42 token eyJa.b.c accepted', 'eyJa.b.c'],
    ['a JWE', 'x eyJh.k.iv.ct.tag y', 'eyJh.k.iv.ct.tag'],
    ['four segments (the 4th is not a JWE)', 'eyJh.p.s.x', 'eyJh.p.s'],
    ['six segments', 'eyJa.b.c.d.e.f', 'eyJa.b.c.d.e'],
    ['an eyJ with only one dot, then a token', 'eyJa.b eyJc.d.e', 'eyJc.d.e'],
    ['a later eyJ in the same run', 'xxeyJeyJ.a.b', 'eyJeyJ.a.b'],
    ['nothing', 'no token here', null],
    ['an empty signature', 'a eyJa.b. b', 'eyJa.b.'],
  ])('finds %s', (_name, text, expected) => {
    expect(findCompactToken(text)).toBe(expected);
  });

  it('agrees with the old regular expression on any short text', () => {
    const alphabet = fc.constantFrom('e', 'y', 'J', 'eyJ', '.', 'a', '-', '_', ' ', '!', '+', '\n');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(findCompactToken(text)).toBe(OLD_PATTERN.exec(text)?.[0] ?? null);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('extractToken on hostile input stays linear', () => {
  // Shapes that made the old scanners quadratic, each about 1 MB: at 300 KB the old code took 24 s.
  const shapes = fc.constantFrom('eyJ', 'eyJ.', 'eyJa', 'token', 'token=', 'jwt: ', '"', "'", '-', ' ', '.');
  const ends = fc.constantFrom('+!', ' !', '', '\n', ' x');
  it('handles 1 MB of repeated token-like fragments within a generous time limit', () => {
    fc.assert(
      fc.property(shapes, shapes, ends, (a, b, end) => {
        const unit = a + b;
        const text = unit.repeat(Math.ceil(1_000_000 / unit.length)) + end;
        const started = performance.now();
        extractToken(text);
        expect(performance.now() - started).toBeLessThan(1_500);
      }),
      { numRuns: 25 },
    );
  });
});
