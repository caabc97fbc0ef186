import { describe, expect, it } from 'vitest';
import { assessSecretStrength, KNOWN_SECRET_GUESSES, type SecretVerdict } from './assess-secret';
import type { EntropyEstimate } from './entropy';
import { GPU_GUESSES_PER_SECOND } from './gpu-figures';
import type { KnownSecretMatch } from './secret-list';

const estimate = (bits: number, overrides: Partial<EntropyEstimate> = {}): EntropyEstimate => ({
  bits,
  source: 'typed-text',
  encoded: null,
  patterns: [],
  zxcvbnBits: bits,
  warning: null,
  truncated: false,
  ...overrides,
});
const KNOWN: KnownSecretMatch = { secret: 'x', where: 'listed in a test list' };
const input = (
  size: number,
  bits: number,
  known: KnownSecretMatch | null = null,
  browser: number | null = null,
) => ({
  encoding: 'utf8' as const,
  bytes: new Uint8Array(size),
  known,
  estimate: estimate(bits),
  guessesPerSecond: { browser },
});

describe('assessSecretStrength', () => {
  it.each<[string, number, number, KnownSecretMatch | null, SecretVerdict]>([
    ['32 bytes and 128 bits', 32, 128, null, 'strong'],
    ['31 bytes, however random', 31, 248, null, 'weak'],
    ['just under 128 bits, however long', 64, 127.9, null, 'weak'],
    ['64 random bytes that are published', 64, 512, KNOWN, 'public'],
    ['a published secret that would be weak anyway', 6, 7, KNOWN, 'public'],
  ])('calls %s %s', (_label, size, bits, known, verdict) => {
    expect(assessSecretStrength(input(size, bits, known)).verdict).toBe(verdict);
  });

  it.each([
    [31, { HS256: false, HS384: false, HS512: false }],
    [32, { HS256: true, HS384: false, HS512: false }],
    [48, { HS256: true, HS384: true, HS512: false }],
    [64, { HS256: true, HS384: true, HS512: true }],
  ])('checks %d bytes against the RFC 7518 §3.2 minimums', (size, meets) => {
    const assessment = assessSecretStrength(input(size, 512));
    expect(assessment.minimumBytes).toEqual({ HS256: 32, HS384: 48, HS512: 64 });
    expect(assessment.meetsMinimum).toEqual(meets);
  });

  it('caps the entropy at 8 bits per key byte and says so', () => {
    const assessment = assessSecretStrength(input(20, 300));
    expect(assessment.entropyBits).toBe(160);
    expect(assessment.reasons).toContainEqual(expect.stringContaining('its 20 bytes hold no more'));
  });

  it('prices a published secret at the list size, not its entropy', () => {
    const assessment = assessSecretStrength(input(64, 512, KNOWN, 1000));
    expect(assessment.guessesLog2).toBe(Math.log2(KNOWN_SECRET_GUESSES));
    expect(assessment.crackTime.browser?.text).toBe('2 minutes');
    expect(assessment.crackTime.gpu.HS256.text).toBe('instantly');
  });

  it('times the attack per algorithm on the GPU, HS512 slower than HS256', () => {
    const { gpu } = assessSecretStrength(input(64, 50)).crackTime;
    expect(gpu.HS256.seconds).toBeCloseTo(2 ** 50 / 4.2e9, 0);
    expect(gpu.HS512.seconds / gpu.HS256.seconds).toBeCloseTo(2.7, 10);
    expect(gpu.HS384.seconds).toBe(gpu.HS512.seconds);
    expect(GPU_GUESSES_PER_SECOND.HS256).toBe(4.2e9);
  });

  it.each([null, 0, -5, Number.NaN])('leaves the browser time out when the speed is %s', (speed) => {
    expect(assessSecretStrength(input(32, 256, null, speed)).crackTime.browser).toBeNull();
  });

  it('reports an empty key in one sentence', () => {
    expect(assessSecretStrength(input(0, 0)).reasons).toEqual([
      'It is empty: HS256 needs at least 32 bytes (RFC 7518 §3.2).',
    ]);
  });

  it.each([
    [32, 'It is 32 bytes: enough for HS256; HS384 needs at least 48 and HS512 at least 64 (RFC 7518 §3.2).'],
    [48, 'It is 48 bytes: enough for HS256 and HS384; HS512 needs at least 64 (RFC 7518 §3.2).'],
    [64, 'It is 64 bytes: enough for HS256, HS384 and HS512 (RFC 7518 §3.2).'],
    [1, 'It is 1 byte as UTF-8; HS256 needs at least 32 (RFC 7518 §3.2).'],
  ])('words the size of a %d-byte key', (size, sentence) => {
    expect(assessSecretStrength(input(size, 8)).reasons).toContain(sentence);
  });
});
