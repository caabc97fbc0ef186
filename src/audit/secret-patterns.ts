/**
 * Turns zxcvbn's match sequence into the patterns a person would recognise, so that a weak verdict can
 * say why in plain words ("dictionary words and a year") instead of quoting the estimator's internals.
 */
import type { StrengthResult } from './strength-estimator';

/** A human habit zxcvbn found in a secret. */
export type SecretPattern =
  | 'common-password'
  | 'dictionary-word'
  | 'name'
  | 'keyboard-walk'
  | 'date'
  | 'year'
  | 'sequence'
  | 'repeat'
  | 'l33t'
  | 'reversed';

type Match = StrengthResult['sequence'][number];

/** Plain-word names, in the order they are listed (the most telling first). */
const PATTERN_WORDS: Readonly<Record<SecretPattern, string>> = {
  'common-password': 'a common password',
  'dictionary-word': 'dictionary words',
  name: 'names',
  'keyboard-walk': 'a keyboard pattern',
  date: 'a date',
  year: 'a year',
  sequence: 'a sequence like abc or 123',
  repeat: 'repeated characters',
  l33t: 'look-alike substitutions such as 0 for o',
  reversed: 'reversed words',
};
const PATTERN_ORDER = Object.keys(PATTERN_WORDS) as SecretPattern[];

/** The patterns zxcvbn matched, each once, most telling first. */
export function findSecretPatterns(sequence: readonly Match[]): SecretPattern[] {
  const found = new Set<SecretPattern>();
  for (const match of sequence) {
    for (const pattern of patternsOf(match)) found.add(pattern);
  }
  return PATTERN_ORDER.filter((pattern) => found.has(pattern));
}

/** Lists patterns as an English phrase: "dictionary words, a date and a year". */
export function describeSecretPatterns(patterns: readonly SecretPattern[]): string {
  const words = patterns.map((pattern) => PATTERN_WORDS[pattern]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/**
 * The share of the analysed text covered by words, keyboard walks, repeats and sequences of three or
 * more characters. Dates and years are left out: runs of hex digits look like dates by pure chance.
 */
export function structuredShare(result: StrengthResult): number {
  if (result.password.length === 0) return 0;
  let covered = 0;
  for (const match of result.sequence) {
    if (STRUCTURE_PATTERNS.has(match.pattern) && match.token.length >= 3) covered += match.token.length;
  }
  return covered / result.password.length;
}

const STRUCTURE_PATTERNS: ReadonlySet<string> = new Set([
  'dictionary',
  'wordSequence',
  'spatial',
  'repeat',
  'sequence',
]);

function patternsOf(match: Match): SecretPattern[] {
  switch (match.pattern) {
    case 'dictionary':
      return [
        dictionaryPattern(match),
        ...(match.l33t === true ? ['l33t' as const] : []),
        ...(match.reversed === true ? ['reversed' as const] : []),
      ];
    case 'wordSequence':
      return ['dictionary-word'];
    case 'spatial':
      return ['keyboard-walk'];
    case 'date':
      return ['date'];
    case 'regex':
      return match.regexName === 'recentYear' ? ['year'] : [];
    case 'sequence':
      return ['sequence'];
    case 'repeat':
      return ['repeat'];
    default:
      return [];
  }
}

function dictionaryPattern(match: Match): SecretPattern {
  // zxcvbn-ts names dictionaries "<kind>-<language>", e.g. "passwords-common", "lastnames-en".
  const name: unknown = match.dictionaryName;
  if (typeof name !== 'string') return 'dictionary-word';
  if (name.startsWith('passwords')) return 'common-password';
  if (name.startsWith('firstnames') || name.startsWith('lastnames')) return 'name';
  return 'dictionary-word';
}
