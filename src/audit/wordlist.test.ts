import { describe, expect, it } from 'vitest';
import { parseWordlist } from './wordlist';

describe('parseWordlist', () => {
  it.each([
    ['LF', 'a\nb\nc\n', ['a', 'b', 'c']],
    ['CRLF', 'a\r\nb\r\nc\r\n', ['a', 'b', 'c']],
    ['mixed, no final break', 'a\r\nb\nc', ['a', 'b', 'c']],
    ['BOM', '\uFEFFsecret\r\nshhhhh', ['secret', 'shhhhh']],
    ['empty lines', '\n\na\r\n\r\nb\n\n', ['a', 'b']],
    ['spaces kept, lone CR kept', ' a b \nx\ry', [' a b ', 'x\ry']],
    ['duplicates kept', 'a\na', ['a', 'a']],
  ])('splits %s', (_name, text, words) => {
    expect(parseWordlist(text)).toEqual({ ok: true, value: words });
  });

  it.each([[''], ['\uFEFF'], ['\r\n\n\r\n']])(
    'returns WORDLIST_EMPTY on the wordlist field for %j',
    (text) => {
      const result = parseWordlist(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ code: 'WORDLIST_EMPTY', field: 'wordlist' });
    },
  );
});
