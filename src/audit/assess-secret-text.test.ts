import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64, bytesToBase64url, bytesToHex } from '@/encoding/base64';
import { SECRET_ENCODINGS, type SecretEncoding } from '@/keys/key-types';
import { assessSecretText, secretTextToEstimate } from './assess-secret-text';
import { estimateEntropy } from './entropy';
import type { SecretVerdict } from './assess-secret';
import { parseSecretList } from './secret-list';
import { loadStrengthEstimator, type StrengthCheck } from './strength-estimator';

let check: StrengthCheck;
beforeAll(async () => {
  check = await loadStrengthEstimator();
});
const WALLARM = parseSecretList(
  readFileSync(new URL('../../data/jwt.secrets.list', import.meta.url), 'utf8'),
);
/** What the pages compute in their worker: zxcvbn's estimate of the text as the assessment reads it. */
const estimateFor = (text: string) => estimateEntropy(secretTextToEstimate(text), check);
const random = (size: number) => crypto.getRandomValues(new Uint8Array(size));

const assess = (text: string, encoding: SecretEncoding, list: ReadonlySet<string> | null = WALLARM) => {
  const result = assessSecretText({
    text,
    encoding,
    list,
    estimate: estimateFor(text),
    browserGuessesPerSecond: 250_000,
  });
  if (!result.ok) throw new Error(`unexpected ${result.error.code}: ${result.error.message}`);
  return result.value;
};

describe('assessSecretText', () => {
  it.each<[string, SecretVerdict, string, SecretEncoding, number, RegExp[]]>([
    [
      '32 random bytes as base64url',
      'strong',
      bytesToBase64url(random(32)),
      'base64url',
      32,
      [
        /^It looks random: 43 base64url characters that decode to 32 bytes, about 256 bits of entropy\.$/,
        /enough for HS256; HS384 needs at least 48/,
      ],
    ],
    [
      '64 random bytes as hex',
      'strong',
      bytesToHex(random(64)),
      'hex',
      64,
      [
        /^It looks random: 128 hex characters that decode to 64 bytes, about 512 bits/,
        /enough for HS256, HS384 and HS512 \(RFC 7518 §3\.2\)/,
      ],
    ],
    [
      '32 random bytes as hex',
      'strong',
      bytesToHex(random(32)),
      'hex',
      32,
      [/^It looks random: 64 hex characters/, /HS512 at least 64/],
    ],
    [
      '16 random bytes as base64',
      'weak',
      bytesToBase64(random(16)),
      'base64',
      16,
      [
        /^It is 16 bytes as base64; HS256 needs at least 32 \(RFC 7518 §3\.2\)\.$/,
        /^It looks random: \d+ base64 characters that decode to 16 bytes, about 128 bits/,
      ],
    ],
    [
      'secret',
      'public',
      'secret',
      'utf8',
      6,
      [
        /^It is jwt\.io's original default secret/,
        /attackers try published secrets first/,
        /looks like a common password; zxcvbn estimates about 7 bits of entropy, and a secret needs at least 128\./,
        /^It is 6 bytes as UTF-8; HS256 needs at least 32 \(RFC 7518 §3\.2\)\.$/,
      ],
    ],
    [
      'your-256-bit-secret',
      'public',
      'your-256-bit-secret',
      'utf8',
      19,
      [/^It is jwt\.io's default HS256 secret \(2018–2025\)/, /HS256 needs at least 32/],
    ],
    [
      'a-string-secret-at-least-256-bits-long',
      'public',
      'a-string-secret-at-least-256-bits-long',
      'utf8',
      38,
      [/^It is jwt\.io's default HS256 secret \(current site, 2025\)/, /needs at least 128/],
    ],
    [
      'password123',
      'public',
      'password123',
      'utf8',
      11,
      [/^It is listed in the wallarm\/jwt-secrets list of [\d,]+ known JWT secrets/, /common password/],
    ],
    ['qwertyuiop', 'public', 'qwertyuiop', 'utf8', 10, [/wallarm\/jwt-secrets/, /common password/]],
    [
      'correct horse battery staple',
      'weak',
      'correct horse battery staple',
      'utf8',
      28,
      [
        /^It looks like dictionary words; zxcvbn estimates about 6\d bits of entropy, and a secret needs at least 128\.$/,
        /^It is 28 bytes as UTF-8/,
      ],
    ],
    [
      'Summer2024!',
      'weak',
      'Summer2024!',
      'utf8',
      11,
      [/^It looks like dictionary words; zxcvbn estimates about \d+ bits/, /^It is 11 bytes as UTF-8/],
    ],
    [
      'base64 of "secret", which is the key "secret"',
      'public',
      'c2VjcmV0',
      'base64',
      6,
      [/^It is jwt\.io's original default secret/],
    ],
  ])('%s is %s', (_label, verdict, text, encoding, bytes, reasons) => {
    const assessment = assess(text, encoding);
    expect(assessment.verdict).toBe(verdict);
    expect(assessment.bytes).toBe(bytes);
    for (const reason of reasons) expect(assessment.reasons).toContainEqual(expect.stringMatching(reason));
  });

  it('puts the strongest reason first: public, then guessability, then length', () => {
    const reasons = assess('secret', 'utf8').reasons;
    expect(reasons).toHaveLength(3);
    expect(reasons[0]).toMatch(/^It is jwt\.io's/);
    expect(reasons[1]).toMatch(/^It looks like a common password/);
    expect(reasons[2]).toMatch(/^It is 6 bytes/);
  });

  it('finds a listed secret only once the list is loaded, and calls it weak until then', () => {
    expect(assess('password123', 'utf8', null).verdict).toBe('weak');
  });

  it('shows crack times from "instantly" to "longer than the age of the universe"', () => {
    expect(assess('secret', 'utf8').crackTime).toMatchObject({
      browser: { text: 'instantly' },
      gpu: { HS256: { text: 'instantly' }, HS512: { text: 'instantly' } },
    });
    const strong = assess(bytesToBase64url(random(32)), 'base64url').crackTime;
    expect(strong.browser?.text).toBe('longer than the age of the universe');
    expect(strong.gpu.HS256.text).toBe('longer than the age of the universe');
  });

  it.each<[string, SecretEncoding, string, string]>([
    ['', 'utf8', 'KEY_EMPTY', 'key'],
    ['  \n', 'hex', 'KEY_EMPTY', 'key'],
    ['xyz!', 'hex', 'KEY_INVALID', 'key'],
    ['abc_def-', 'base64', 'KEY_INVALID', 'secretEncoding'],
  ])('returns %s for %j as %s', (text, encoding, code, field) => {
    const result = assessSecretText({
      text,
      encoding,
      list: null,
      estimate: estimateFor(text),
      browserGuessesPerSecond: null,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, field });
  });

  it('never throws, whatever the text and encoding', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.constantFrom(...SECRET_ENCODINGS),
        (text, encoding) => {
          const result = assessSecretText({
            text,
            encoding,
            list: WALLARM,
            estimate: estimateFor(text),
            browserGuessesPerSecond: 1e5,
          });
          if (result.ok) expect(['strong', 'weak', 'public']).toContain(result.value.verdict);
          else expect(['KEY_EMPTY', 'KEY_INVALID']).toContain(result.error.code);
        },
      ),
      { numRuns: 300 },
    );
  });
});
