import { describe, expect, it } from 'vitest';
import { exportHashcat, quoteShell } from './hashcat-export';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';

describe('exportHashcat', () => {
  it('writes the token itself, one line, as the hash file', () => {
    const out = exportHashcat(` ${TOKEN}\n`, { kind: 'wordlist', wordlistFile: 'words.txt' });
    expect(out).toMatchObject({ hashFileName: 'jwt.hash', hashFile: `${TOKEN}\n` });
  });

  it.each([
    [{ kind: 'wordlist', wordlistFile: 'rockyou.txt' }, 'hashcat -m 16500 -a 0 jwt.hash rockyou.txt'],
    [{ kind: 'wordlist', wordlistFile: 'my words.txt' }, "hashcat -m 16500 -a 0 jwt.hash 'my words.txt'"],
    [
      { kind: 'brute', alphabet: 'abc', minLength: 1, maxLength: 4 },
      'hashcat -m 16500 -a 3 -1 abc --increment --increment-min=1 --increment-max=4 jwt.hash ?1?1?1?1',
    ],
    [
      { kind: 'brute', alphabet: 'ab?', minLength: 3, maxLength: 3 },
      "hashcat -m 16500 -a 3 -1 'ab??' jwt.hash ?1?1?1",
    ],
  ] as const)('builds the command for %j', (attack, command) => {
    expect(exportHashcat(TOKEN, attack).command).toBe(command);
  });
});

describe('quoteShell', () => {
  it.each([
    ['plain.txt', 'plain.txt'],
    ["it's", `'it'\\''s'`],
    ['a b$c', "'a b$c'"],
  ])('quotes %j as %s', (word, quoted) => {
    expect(quoteShell(word)).toBe(quoted);
  });
});
