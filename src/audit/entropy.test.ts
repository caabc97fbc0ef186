import { beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64url } from '@/encoding/base64';
import { estimateEntropy, type EntropySource } from './entropy';
import type { SecretPattern } from './secret-patterns';
import { loadStrengthEstimator, type StrengthCheck, type StrengthResult } from './strength-estimator';

let check: StrengthCheck;
beforeAll(async () => {
  check = await loadStrengthEstimator();
});

// Generated once with a CSPRNG and kept, so the exact-bits rows cannot flake.
const RANDOM_32_BASE64URL = 'fIdwtSdRk7AAQgrGsI70fez09dUe-DzVxTEFBRunU_M';
const RANDOM_32_HEX = '468c63dd0a5989af50ec31c313b4b3a61b500b426c3ee81fa80f2ab82a990134';
const RANDOM_64_BASE64 =
  'mHRI77wOYA54j7zCIqXZLfZ9enY9a4cB82L8TwJvHn+sEChctTOc1sOE0B63478HvzjwdsywTbVTIAsRMS+j9A==';
const ENCODED_PHRASE = 'dGhpcyBpcyBhIHNlY3JldCBrZXkgZm9yIG15IGp3dCB0b2tlbnM='; // "this is a secret key for my jwt tokens"

describe('estimateEntropy', () => {
  it.each<[string, string, EntropySource, number]>([
    ['32 random bytes as base64url', RANDOM_32_BASE64URL, 'random-bytes', 256],
    ['32 random bytes as hex', RANDOM_32_HEX, 'random-bytes', 256],
    ['64 random bytes as base64', RANDOM_64_BASE64, 'random-bytes', 512],
  ])('counts 8 bits per decoded byte for %s', (_label, text, source, bits) => {
    const estimate = estimateEntropy(text, check);
    expect(estimate).toMatchObject({ source, bits, patterns: [], warning: null });
    // zxcvbn alone prices these at ~3.3 bits a character: the rule exists because that is far too low.
    expect(estimate.zxcvbnBits).toBeLessThan(bits);
  });

  it('reads a fresh 32-byte random base64url secret as at least 128 bits', () => {
    const text = bytesToBase64url(crypto.getRandomValues(new Uint8Array(32)));
    expect(estimateEntropy(text, check).bits).toBeGreaterThanOrEqual(128);
  });

  it.each<[string, string, SecretPattern, number, number]>([
    ['a common password', 'secret', 'common-password', 0, 10],
    ['a diceware phrase', 'correct horse battery staple', 'dictionary-word', 50, 80],
    ['a season and a year', 'Summer2024!', 'dictionary-word', 15, 35],
    ['a keyboard walk', 'qwertyuiop', 'common-password', 0, 10],
    ['camelCase words that happen to be valid base64', 'JwtSecretKey2024ForMyApp', 'year', 30, 90],
    ['a repeated hex word', 'deadbeef'.repeat(8), 'repeat', 0, 40],
  ])('takes zxcvbn’s estimate for %s', (_label, text, pattern, min, max) => {
    const estimate = estimateEntropy(text, check);
    expect(estimate.source).toBe('typed-text');
    expect(estimate.patterns).toContain(pattern);
    expect(estimate.bits).toBe(estimate.zxcvbnBits);
    expect(estimate.bits).toBeGreaterThanOrEqual(min);
    expect(estimate.bits).toBeLessThanOrEqual(max);
  });

  it('estimates base64 of a phrase from the phrase, since encoding adds no secrecy', () => {
    const estimate = estimateEntropy(ENCODED_PHRASE, check);
    expect(estimate).toMatchObject({ source: 'encoded-text', encoded: { encoding: 'base64', bytes: 38 } });
    expect(estimate.patterns).toContain('dictionary-word');
    expect(estimate.bits).toBeLessThan(estimate.zxcvbnBits);
    expect(estimate.bits).toBeLessThan(128);
  });

  it('gives an empty text no entropy', () => {
    expect(estimateEntropy('', check)).toMatchObject({ bits: 0, source: 'typed-text', truncated: false });
  });

  it('says when zxcvbn read only the first 256 characters', () => {
    expect(estimateEntropy('x9'.repeat(200), check).truncated).toBe(true);
  });

  const fake =
    (guessesLog10: number): StrengthCheck =>
    (text): StrengthResult => ({
      password: text,
      guessesLog10,
      sequence: [],
      feedback: { warning: null, suggestions: [] },
    });

  it.each([
    ['caps typed text at 8 bits per UTF-8 byte', 'ab!', 100, 24],
    ['reads an overflowed guess count as the cap', 'ab!', Infinity, 24],
    ['reads a NaN guess count as no entropy', 'ab!', Number.NaN, 0],
    ['counts multi-byte characters by their UTF-8 bytes', 'é!', 100, 24],
  ])('%s', (_label, text, guessesLog10, bits) => {
    expect(estimateEntropy(text, fake(guessesLog10)).bits).toBe(bits);
  });
});
