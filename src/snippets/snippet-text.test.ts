import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringLiteral, toWellFormed } from './snippet-text';

const isWellFormed = (text: string) => {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

describe('toWellFormed', () => {
  it.each([
    ['\uD800', '\uFFFD'],
    ['a\uDC00b', 'a\uFFFDb'],
    ['😀', '😀'],
    ['\uDE00\uD83D', '\uFFFD\uFFFD'],
  ])('turns %j into %j', (text, expected) => {
    expect(toWellFormed(text)).toBe(expected);
  });

  it('always returns well-formed text and keeps well-formed text as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const fixed = toWellFormed(text);
        expect(isWellFormed(fixed)).toBe(true);
        if (isWellFormed(text)) expect(fixed).toBe(text);
      }),
    );
  });
});

describe('stringLiteral', () => {
  it.each(['javascript', 'python', 'go'] as const)(
    'reads back as the text in %s (JSON escapes)',
    (syntax) => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          expect(JSON.parse(stringLiteral(text, syntax))).toBe(toWellFormed(text));
        }),
      );
    },
  );

  it('escapes every # in Ruby, so #{…} never interpolates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const literal = stringLiteral(text, 'ruby');
        expect(literal.replace(/\\\\/g, '')).not.toMatch(/(^|[^\\])#/);
        expect(JSON.parse(literal.replaceAll('\\#', '#'))).toBe(toWellFormed(text));
      }),
    );
  });

  it.each([
    ['javascript', 'a"b\\#{c}\n', '"a\\"b\\\\#{c}\\n"'],
    ['ruby', 'a"b\\#{c}\n', '"a\\"b\\\\\\#{c}\\n"'],
  ] as const)('writes the %s literal of %j as %s', (syntax, text, literal) => {
    expect(stringLiteral(text, syntax)).toBe(literal);
  });
});
