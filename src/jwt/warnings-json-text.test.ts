import { describe, expect, it } from 'vitest';
import { scanJsonText } from './json-text';
import { collectJsonTextWarnings } from './warnings-json-text';

const warningsFor = (part: 'header' | 'payload', text: string) =>
  collectJsonTextWarnings(part, scanJsonText(text).facts);

describe('collectJsonTextWarnings', () => {
  it.each([
    ['payload', '{"role":"admin","role":"user"}', 'DUPLICATE_MEMBER', /names "role" more than once/],
    [
      'header',
      '{"alg":"none","alg":"HS256"}',
      'DUPLICATE_MEMBER',
      /RFC 7515 §4 requires header names to be unique/,
    ],
    [
      'payload',
      '{"role":"\u202Enimda\u202C"}',
      'HIDDEN_CHARACTERS',
      /U\+202E RIGHT-TO-LEFT OVERRIDE, U\+202C POP DIRECTIONAL FORMATTING/,
    ],
    ['payload', '{"role":1,"ro\u200Ble":2}', 'HIDDEN_CHARACTERS', /U\+200B ZERO WIDTH SPACE/],
    ['payload', '{"id":9007199254740993}', 'UNSAFE_INTEGER', /\(9007199254740993\)/],
  ] as const)('warns about the %s %s', (part, text, code, message) => {
    const [warning, ...rest] = warningsFor(part, text);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code, field: part });
    expect(warning?.message).toMatch(message);
  });

  it.each(['{"sub":"user","n":9007199254740991}', '{"a":"\\n\\t"}', '{"name":"Zoë 李"}'])(
    'has nothing to say about ordinary JSON %s',
    (text) => {
      expect(warningsFor('payload', text)).toEqual([]);
    },
  );
});
