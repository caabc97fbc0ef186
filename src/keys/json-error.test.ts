import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from './json-error';

describe('locateJsonError', () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e+3, true, false, null, "\\u00e9\\n"]} ',
    '"x"',
    '0',
    '{"a":{"b":[[]]}}',
  ])('accepts %j', (text) => {
    expect(locateJsonError(text)).toBeNull();
  });

  it.each([
    ['{"a": }', 1, 7, 'unexpected "}" where a value should be'],
    ['{"a" 1}', 1, 6, 'expected ":"'],
    ["{'a': 1}", 1, 2, 'member name in double quotes'],
    ['{"a": 1,}', 1, 9, 'member name'],
    ['[1, 2', 1, 6, 'ends too early'],
    ['{"a": 1}\n}', 2, 1, 'after the end'],
    ['{"a": "b\nc"}', 1, 9, 'string is not valid'],
    ['{"a": "\\x"}', 1, 8, 'string is not valid'],
    ['{"a": [1 2]}', 1, 10, 'expected "," or "]"'],
    ['{"a": 01}', 1, 8, 'expected "," or "}"'],
    ['{\n  "kty": “RSA”\n}', 2, 10, 'unexpected "“"'],
    ['', 1, 1, 'ends too early'],
  ])('locates the error in %j at line %i, column %i', (text, line, column, problem) => {
    const location = locateJsonError(text);
    expect(location && [location.line, location.column]).toEqual([line, column]);
    expect(location?.problem).toContain(problem);
  });

  it('agrees with JSON.parse on what is valid', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.string({ unit: fc.constantFrom(...'{}[]":,0123456789-.eE tfnrulasx\\\n') }),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('copes with deep nesting without recursion', () => {
    expect(locateJsonError('['.repeat(100_000))?.problem).toContain('ends too early');
  });
});
