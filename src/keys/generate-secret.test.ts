import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64urlToBytes } from '@/encoding/base64';
import { generateSecret, MAX_SECRET_BYTES, recommendedSecretBytes } from './generate-secret';

const hexOf = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('recommendedSecretBytes', () => {
  it.each([
    ['HS256', 32],
    ['HS384', 48],
    ['HS512', 64],
  ] as const)('is %s → %i bytes, the hash output size (RFC 7518 §3.2)', (alg, bytes) => {
    expect(recommendedSecretBytes(alg)).toBe(bytes);
  });
});

describe('generateSecret', () => {
  it.each([1, 16, 32, 33, 48, 64, 128, MAX_SECRET_BYTES])('makes %i bytes, encoded consistently', (size) => {
    const result = generateSecret(size);
    if (!result.ok) throw new Error(result.error.message);
    const secret = result.value;
    expect(secret.bytes).toHaveLength(size);
    expect(secret.bits).toBe(size * 8);
    // Each encoding is checked with Node's Buffer, independent of the encoder under test.
    expect(secret.hex).toBe(hexOf(secret.bytes));
    expect(secret.base64).toBe(Buffer.from(secret.bytes).toString('base64'));
    expect(secret.base64url).toBe(Buffer.from(secret.bytes).toString('base64url'));
    expect(secret.jwk).toEqual({ kty: 'oct', k: secret.base64url });
    expect(hexOf(base64urlToBytes(secret.jwk.k) ?? new Uint8Array())).toBe(secret.hex);
  });

  it('gives 50 different secrets in 50 calls', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const result = generateSecret(32);
      if (result.ok) seen.add(result.value.hex);
    }
    expect(seen.size).toBe(50);
  });

  it('draws its bytes from crypto.getRandomValues and never calls Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    const csprng = vi.spyOn(crypto, 'getRandomValues');
    for (const size of [1, 32, 64, 1024]) generateSecret(size);
    expect(random).not.toHaveBeenCalled();
    expect(csprng).toHaveBeenCalledTimes(4);
  });

  it('returns exactly the bytes the CSPRNG produced', () => {
    vi.spyOn(crypto, 'getRandomValues').mockImplementation(
      <T extends ArrayBufferView | null>(array: T): T => {
        if (array instanceof Uint8Array) array.fill(0xab);
        return array;
      },
    );
    const result = generateSecret(3);
    expect(result.ok && result.value.hex).toBe('ababab');
  });

  it.each([
    [31, undefined, true],
    [32, undefined, false],
    [32, 'HS256', false],
    [47, 'HS384', true],
    [48, 'HS384', false],
    [48, 'HS512', true],
    [63, 'HS512', true],
    [64, 'HS512', false],
  ] as const)('flags %i bytes for %s as below recommended: %s', (size, alg, below) => {
    const result = generateSecret(size, alg === undefined ? {} : { alg });
    expect(result.ok && result.value.belowRecommended).toBe(below);
  });

  it('puts alg and kid into the JWK only when given', () => {
    const result = generateSecret(64, { alg: 'HS512', kid: 'signing-2024' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.jwk).toEqual({
      kty: 'oct',
      k: result.value.base64url,
      alg: 'HS512',
      kid: 'signing-2024',
    });
  });

  it.each([
    [0, 'KEY_TOO_SMALL'],
    [-1, 'KEY_TOO_SMALL'],
    [MAX_SECRET_BYTES + 1, 'KEY_INVALID'],
    [1.5, 'KEY_INVALID'],
    [Number.NaN, 'KEY_INVALID'],
    [Number.POSITIVE_INFINITY, 'KEY_INVALID'],
  ])('refuses a size of %s bytes with %s', (size, code) => {
    const result = generateSecret(size);
    expect(result).toMatchObject({ ok: false, error: { code, field: 'key' } });
  });

  it('accepts every whole size from 1 to 1024 bytes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SECRET_BYTES }), (size) => {
        const result = generateSecret(size);
        return result.ok && result.value.bytes.length === size;
      }),
      { numRuns: 200 },
    );
  });
});
