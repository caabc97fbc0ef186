import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlightJson } from './highlight-json';

describe('highlightJson', () => {
  it.each([
    ['{"a": 1}', ['punctuation', 'key', 'punctuation', 'text', 'number', 'punctuation']],
    [
      '["x", true, null]',
      [
        'punctuation',
        'string',
        'punctuation',
        'text',
        'literal',
        'punctuation',
        'text',
        'literal',
        'punctuation',
      ],
    ],
    ['{"k\\"q": -1.5e3}', ['punctuation', 'key', 'punctuation', 'text', 'number', 'punctuation']],
  ])('tokenizes %s', (text, kinds) => {
    expect(highlightJson(text).map((token) => token.kind)).toEqual(kinds);
  });

  it('keeps HTML in strings as plain text tokens', () => {
    const tokens = highlightJson(JSON.stringify({ x: '<img src=x onerror=alert(1)>' }));
    expect(tokens.find((token) => token.kind === 'string')?.text).toBe('"<img src=x onerror=alert(1)>"');
  });

  it('loses no character for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2) ?? 'null';
        expect(
          highlightJson(text)
            .map((token) => token.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});
