import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesToBase64url, utf8ToBytes } from '@/encoding/base64';
import { decryptToken, decryptWithoutCrypto } from './decrypt-token';
import { encryptToken } from './encrypt-token';
import { DEFAULT_P2C_LIMIT, MAX_PLAINTEXT_BYTES } from './limits';

const segment = (value: unknown) => bytesToBase64url(utf8ToBytes(JSON.stringify(value)));
const filler = (bytes: number) => bytesToBase64url(new Uint8Array(bytes));

/** A PBES2 token whose header asks for `p2c` iterations (the other parts are never reached). */
function pbes2Token(p2c: unknown): string {
  const header = { alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: filler(16), p2c };
  return [segment(header), filler(24), filler(12), filler(32), filler(16)].join('.');
}

afterEach(() => vi.restoreAllMocks());

describe('the PBES2 iteration bound', () => {
  it.each([2 ** 31, 1e15, DEFAULT_P2C_LIMIT + 1])(
    'refuses p2c = %d beside the key field, before PBKDF2 starts',
    async (p2c) => {
      const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
      const started = performance.now();
      const result = await decryptToken(pbes2Token(p2c), { keyText: 'any password', encoding: 'utf8' });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(deriveBits).not.toHaveBeenCalled();
      expect(result.state).toBe('error');
      expect(result.error).toMatchObject({ code: 'JWE_P2C_TOO_HIGH', field: 'key' });
      expect(result.error?.message).toContain(`the limit is ${DEFAULT_P2C_LIMIT.toLocaleString('en-US')}`);
      expect(result.headline).toBe('PBES2 iteration count above the limit');
    },
  );

  it('refuses it with no key yet too (in render, without cryptography)', () => {
    const result = decryptWithoutCrypto(pbes2Token(5_000_000), '', DEFAULT_P2C_LIMIT);
    expect(result?.error?.code).toBe('JWE_P2C_TOO_HIGH');
  });

  it.each([-1, 0, 1.5, '1000', null])('calls p2c = %s malformed', async (p2c) => {
    const result = await decryptToken(pbes2Token(p2c), { keyText: 'pw', encoding: 'utf8' });
    expect(result).toMatchObject({ state: 'error', error: { code: 'JWE_INVALID', field: 'header' } });
  });

  it('decrypts above the default once the user raises the bound, and not before', async () => {
    const encrypted = await encryptToken({
      plaintext: 'hi',
      alg: 'PBES2-HS256+A128KW',
      enc: 'A128GCM',
      keyText: 'correct horse',
      encoding: 'utf8',
      p2c: DEFAULT_P2C_LIMIT + 10,
    });
    if (!encrypted.ok) throw new Error(encrypted.error.message);
    const options = { keyText: 'correct horse', encoding: 'utf8' } as const;
    expect((await decryptToken(encrypted.value.token, options)).error?.code).toBe('JWE_P2C_TOO_HIGH');
    const raised = await decryptToken(encrypted.value.token, {
      ...options,
      p2cLimit: DEFAULT_P2C_LIMIT + 10,
    });
    expect(raised.state).toBe('verified');
    expect(raised.plaintext?.text).toBe('hi');
  });
});

describe('the zip: "DEF" plaintext limit', () => {
  async function zipped(plaintext: string): Promise<string> {
    const encrypted = await encryptToken({
      plaintext,
      alg: 'dir',
      enc: 'A128GCM',
      keyText: filler(16),
      encoding: 'base64url',
      zip: true,
    });
    if (!encrypted.ok) throw new Error(encrypted.error.message);
    return encrypted.value.token;
  }

  it('stops a zip bomb at 10 MB: a token of a few KB that inflates to 11 MB is refused', async () => {
    const token = await zipped('0'.repeat(11 * 1024 * 1024));
    expect(token.length).toBeLessThan(40_000);
    const result = await decryptToken(token, { keyText: filler(16), encoding: 'base64url' });
    expect(result.state).toBe('error');
    expect(result.error).toMatchObject({ code: 'JWE_PLAINTEXT_TOO_LARGE', field: 'token' });
    expect(result.error?.message).toContain('10 MB');
    expect(result.plaintext).toBeUndefined();
    expect(MAX_PLAINTEXT_BYTES).toBe(10 * 1024 * 1024);
  });

  it.each([
    [500, 'verified'],
    [2000, 'error'],
  ])('inflates a %d-byte plaintext under a 1,000-byte limit: %s', async (size, state) => {
    const result = await decryptToken(await zipped('x'.repeat(size)), {
      keyText: filler(16),
      encoding: 'base64url',
      maxPlaintextBytes: 1000,
    });
    expect(result.state).toBe(state);
    if (state === 'verified') expect(result.hints.join(' ')).toContain('inflated to 500 bytes');
  });
});
