import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { exportHashcat, quoteShell, quoteShellPath } from './hashcat-export';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc';
const WORDLIST = 'hashcat -m 16500 -a 0 jwt.hash';

describe('exportHashcat', () => {
  it('writes the token itself, one line, as the hash file', () => {
    const out = exportHashcat(` ${TOKEN}\n`, { kind: 'wordlist', wordlistFile: 'words.txt' });
    expect(out).toMatchObject({ hashFileName: 'jwt.hash', hashFile: `${TOKEN}\n` });
  });

  it.each([
    [{ kind: 'wordlist', wordlistFile: 'rockyou.txt' }, `${WORDLIST} rockyou.txt`],
    [{ kind: 'wordlist', wordlistFile: 'my words.txt' }, `${WORDLIST} 'my words.txt'`],
    [
      { kind: 'brute', alphabet: 'abc', minLength: 1, maxLength: 4 },
      "hashcat -m 16500 -a 3 -1 abc --increment --increment-min=1 --increment-max=4 jwt.hash '?1?1?1?1'",
    ],
    [
      { kind: 'brute', alphabet: 'ab?', minLength: 3, maxLength: 3 },
      "hashcat -m 16500 -a 3 -1 'ab??' jwt.hash '?1?1?1'",
    ],
    [
      { kind: 'brute', alphabet: '-a;b', minLength: 2, maxLength: 2 },
      "hashcat -m 16500 -a 3 -1 '-a;b' jwt.hash '?1?1'",
    ],
  ] as const)('builds the command for %j', (attack, command) => {
    expect(exportHashcat(TOKEN, attack).command).toBe(command);
  });

  // Wordlist names come from a dropped file: anything a file system allows.
  it.each([
    ['spaces', 'my word list.txt', `'my word list.txt'`],
    ['a command after ;', 'x;rm -rf ~', `'x;rm -rf ~'`],
    ['a command substitution', '$(touch pwned).txt', `'$(touch pwned).txt'`],
    ['backticks', '`id`.txt', `'\`id\`.txt'`],
    ['a single quote', "it's.txt", `'it'\\''s.txt'`],
    ['double quotes', '"a".txt', `'"a".txt'`],
    ['a newline', 'a\nb.txt', `'a\nb.txt'`],
    ['a glob', '*.txt', `'*.txt'`],
    ['a tilde', '~root', `'~root'`],
    ['an option', '--potfile-path=/tmp/pwned', './--potfile-path=/tmp/pwned'],
    ['a short option', '-o', './-o'],
    ['an option with spaces', '-o x', `'./-o x'`],
    ['an absolute path', '/tmp/words.txt', '/tmp/words.txt'],
    ['nothing', '', `''`],
  ])('quotes a wordlist name with %s', (_name, wordlistFile, word) => {
    expect(exportHashcat(TOKEN, { kind: 'wordlist', wordlistFile }).command).toBe(`${WORDLIST} ${word}`);
  });
});

describe('quoteShell', () => {
  it.each([
    ['plain.txt', 'plain.txt'],
    ["it's", `'it'\\''s'`],
    ['a b$c', "'a b$c'"],
    ['=cmd', `'=cmd'`],
    ['', `''`],
  ])('quotes %j as %s', (word, quoted) => {
    expect(quoteShell(word)).toBe(quoted);
  });
});

describe('quoteShellPath', () => {
  it.each([
    ['words.txt', 'words.txt'],
    ['-r', './-r'],
    ["--rules-file=x y'z", `'./--rules-file=x y'\\''z'`],
  ])('writes %j as %s', (path, word) => {
    expect(quoteShellPath(path)).toBe(word);
  });

  const dir = mkdtempSync(join(tmpdir(), 'hashcat-quote-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The arguments bash passes to `hashcat` for a command line (hashcat replaced by a printer). */
  function argumentsOf(command: string): string[] {
    const script = `hashcat() { printf '%s\\0' "$@"; }\n${command}`;
    const out = execFileSync('bash', ['--norc', '--noprofile', '-c', script], { cwd: dir, encoding: 'utf8' });
    return out.split('\0').slice(0, -1);
  }

  const SPECIALS = [...' \t\n\'"\\$`;&|<>()[]{}*?~!#=%^-,:./'];
  const fileName = fc
    .string({
      unit: fc.oneof(
        fc.constantFrom(...SPECIALS),
        fc.constantFrom('a', 'Z', '0', 'é', '😀'),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength: 24,
    })
    .filter((name) => !name.includes('\0'));

  it('gives bash the file name as exactly one argument that is not an option', () => {
    fc.assert(
      fc.property(fileName, (name) => {
        const { command } = exportHashcat(TOKEN, { kind: 'wordlist', wordlistFile: name });
        const path = name.startsWith('-') ? `./${name}` : name;
        expect(argumentsOf(command)).toEqual(['-m', '16500', '-a', '0', 'jwt.hash', path]);
      }),
      { numRuns: 200 },
    );
  });

  it('gives bash a hostile alphabet as the one argument of -1', () => {
    fc.assert(
      fc.property(fileName, (alphabet) => {
        const attack = { kind: 'brute', alphabet, minLength: 2, maxLength: 2 } as const;
        expect(argumentsOf(exportHashcat(TOKEN, attack).command)).toEqual([
          '-m',
          '16500',
          '-a',
          '3',
          '-1',
          alphabet.replaceAll('?', '??'),
          'jwt.hash',
          '?1?1',
        ]);
      }),
      { numRuns: 100 },
    );
  });
});
