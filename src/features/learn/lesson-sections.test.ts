import { describe, expect, it } from 'vitest';
import { LESSON_SECTIONS, sectionForHash } from './lesson-sections';

describe('sectionForHash', () => {
  it.each([
    ['#generation', 'generation'],
    ['#what-is-a-secret-key', 'what-is-a-secret-key'],
    ['generation', 'generation'],
    ['#%67eneration', 'generation'],
    ['', null],
    ['#token=abc', null],
    ['#%E0%A4%A', null],
  ])('reads %j as %j', (hash, expected) => {
    expect(sectionForHash(hash)).toBe(expected);
  });

  it('keeps the seven anchors of issue 12 in the seed article’s order', () => {
    expect(LESSON_SECTIONS.map((section) => section.id)).toEqual([
      'what-is-a-secret-key',
      'why-it-matters',
      'generation',
      'storage',
      'usage',
      'rotation',
      'pitfalls',
    ]);
  });
});
