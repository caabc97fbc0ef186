// For spaces a browser cannot finish: the same attack in hashcat, whose mode 16500 ("JWT (JSON Web
// Token)") takes the compact token itself as the hash and covers HS256, HS384 and HS512.

/** What the attack runs over, as the user chose it. */
export type HashcatAttack =
  | { readonly kind: 'wordlist'; readonly wordlistFile: string }
  | {
      readonly kind: 'brute';
      readonly alphabet: string;
      readonly minLength: number;
      readonly maxLength: number;
    };

/** A hash file to save and the command line that attacks it. */
export interface HashcatExport {
  readonly hashFileName: string;
  readonly hashFile: string;
  readonly command: string;
}

export const HASHCAT_HASH_FILE = 'jwt.hash';

/** Builds the hashcat (-m 16500) hash file and command line for a token and an attack. */
export function exportHashcat(token: string, attack: HashcatAttack): HashcatExport {
  const hashFile = `${token.trim()}\n`;
  const base = ['hashcat', '-m', '16500'];
  const command =
    attack.kind === 'wordlist'
      ? [...base, '-a', '0', HASHCAT_HASH_FILE, quoteShellPath(attack.wordlistFile)]
      : [
          ...base,
          '-a',
          '3',
          // In a custom charset `?` starts a built-in one, so a literal `?` is written `??`. As the
          // argument of -1 it is never read as an option, even with a leading dash.
          '-1',
          quoteShell(attack.alphabet.replaceAll('?', '??')),
          ...(attack.maxLength > attack.minLength
            ? ['--increment', `--increment-min=${attack.minLength}`, `--increment-max=${attack.maxLength}`]
            : []),
          HASHCAT_HASH_FILE,
          // `?` is a shell wildcard: a file named like the mask in the current folder would replace it.
          quoteShell('?1'.repeat(attack.maxLength)),
        ];
  return { hashFileName: HASHCAT_HASH_FILE, hashFile, command: command.join(' ') };
}

/**
 * Quotes a word for POSIX shells unless it is plainly safe: bare words start with a letter, digit,
 * `_`, `.` or `/` (so zsh's `=cmd` expansion and options stay out) and use no other shell syntax.
 */
export function quoteShell(word: string): string {
  if (/^[A-Za-z0-9_./][A-Za-z0-9_./=:-]*$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** Quotes a file name as one shell word that no program reads as an option (`-x` becomes `./-x`). */
export function quoteShellPath(path: string): string {
  return quoteShell(path.startsWith('-') ? `./${path}` : path);
}
