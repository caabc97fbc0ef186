import { describe, expect, it } from 'vitest';
import {
  describeSecretPatterns,
  findSecretPatterns,
  structuredShare,
  type SecretPattern,
} from './secret-patterns';
import type { StrengthResult } from './strength-estimator';

type Match = StrengthResult['sequence'][number];

const match = (pattern: string, token: string, extra: Record<string, unknown> = {}): Match => ({
  pattern,
  i: 0,
  j: token.length - 1,
  token,
  ...extra,
});

describe('findSecretPatterns', () => {
  it.each<[string, Match[], SecretPattern[]]>([
    [
      'a common password',
      [match('dictionary', 'password', { dictionaryName: 'passwords-common' })],
      ['common-password'],
    ],
    [
      'a word and a year',
      [
        match('dictionary', 'Summer', { dictionaryName: 'seasons-en' }),
        match('regex', '2024', { regexName: 'recentYear' }),
      ],
      ['dictionary-word', 'year'],
    ],
    [
      'a name, in l33t, reversed',
      [match('dictionary', '3cila', { dictionaryName: 'firstnames-en', l33t: true, reversed: true })],
      ['name', 'l33t', 'reversed'],
    ],
    [
      'a keyboard walk and a date',
      [match('spatial', 'qwerty'), match('date', '1/1/99')],
      ['keyboard-walk', 'date'],
    ],
    [
      'a sequence, a repeat and a word sequence',
      [match('sequence', 'abc'), match('repeat', 'aaa'), match('wordSequence', 'one two')],
      ['dictionary-word', 'sequence', 'repeat'],
    ],
    [
      'only brute force and separators',
      [match('bruteforce', 'x7#'), match('separator', '-'), match('regex', '12', { regexName: 'other' })],
      [],
    ],
    [
      'the same pattern twice, listed once',
      [match('spatial', 'asdf'), match('spatial', 'zxcv')],
      ['keyboard-walk'],
    ],
  ])('finds %s', (_label, sequence, expected) => {
    expect(findSecretPatterns(sequence)).toEqual(expected);
  });
});

describe('describeSecretPatterns', () => {
  it.each<[SecretPattern[], string]>([
    [[], ''],
    [['common-password'], 'a common password'],
    [['dictionary-word', 'year'], 'dictionary words and a year'],
    [['name', 'keyboard-walk', 'date'], 'names, a keyboard pattern and a date'],
  ])('phrases %j as "%s"', (patterns, phrase) => {
    expect(describeSecretPatterns(patterns)).toBe(phrase);
  });
});

describe('structuredShare', () => {
  const result = (password: string, sequence: Match[]): StrengthResult => ({
    password,
    guessesLog10: 0,
    sequence,
    feedback: { warning: null, suggestions: [] },
  });

  it.each<[string, StrengthResult, number]>([
    ['an empty text', result('', []), 0],
    ['a text that is one word', result('staple', [match('dictionary', 'staple')]), 1],
    [
      'words of three or more characters only',
      result('abXYcatdog', [
        match('dictionary', 'ab'),
        match('bruteforce', 'XY'),
        match('dictionary', 'cat'),
        match('dictionary', 'dog'),
      ]),
      0.6,
    ],
    [
      'dates, which hex digits form by chance',
      result('20240101ff', [match('date', '20240101'), match('bruteforce', 'ff')]),
      0,
    ],
  ])('is the covered share for %s', (_label, input, share) => {
    expect(structuredShare(input)).toBeCloseTo(share, 10);
  });
});
