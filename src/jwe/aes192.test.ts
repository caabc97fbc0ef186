import { afterEach, describe, expect, it, vi } from 'vitest';
import { needsAes192 } from './aes192';
import { decryptToken } from './decrypt-token';
import { encryptToken } from './encrypt-token';

const KEY_16 = 'AAAAAAAAAAAAAAAAAAAAAA'; // 16 zero bytes, base64url

/** Chrome's WebCrypto: every 192-bit AES key is refused with an OperationError. */
function refuseAes192() {
  const importKey = crypto.subtle.importKey.bind(crypto.subtle);
  vi.spyOn(crypto.subtle, 'importKey').mockImplementation(((
    ...args: Parameters<SubtleCrypto['importKey']>
  ) => {
    const [format, data, algorithm] = args;
    const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
    if (format === 'raw' && name.startsWith('AES') && (data as Uint8Array).byteLength === 24)
      return Promise.reject(new DOMException('192-bit AES keys are not supported', 'OperationError'));
    return importKey(...args);
  }) as SubtleCrypto['importKey']);
}

afterEach(() => vi.restoreAllMocks());

describe('needsAes192', () => {
  it.each([
    ['A192KW', 'A128GCM', true],
    ['ECDH-ES+A192KW', 'A256GCM', true],
    ['PBES2-HS384+A192KW', 'A128GCM', true],
    ['A192GCMKW', 'A128GCM', true],
    ['dir', 'A192GCM', true],
    ['RSA-OAEP', 'A192CBC-HS384', true],
    ['A128KW', 'A256CBC-HS512', false],
    ['ECDH-ES', 'A128CBC-HS256', false],
  ])('%s + %s: %s', (alg, enc, expected) => {
    expect(needsAes192(alg, enc)).toBe(expected);
  });
});

describe('where WebCrypto refuses 192-bit AES (Chrome, Edge)', () => {
  it('a valid A192GCM token is "unsupported here", not a failed tag', async () => {
    const encrypted = await encryptToken({
      plaintext: 'hi',
      alg: 'A128KW',
      enc: 'A192GCM',
      keyText: KEY_16,
      encoding: 'base64url',
    });
    if (!encrypted.ok) throw new Error(encrypted.error.message);
    refuseAes192();
    const result = await decryptToken(encrypted.value.token, { keyText: KEY_16, encoding: 'base64url' });
    expect(result.state).toBe('error');
    expect(result.error).toMatchObject({ code: 'JWE_UNSUPPORTED', field: 'header' });
    expect(result.error?.message).toContain('refuses (Chrome and Edge do');
  });

  it('encrypting with A192KW says so beside the algorithm', async () => {
    refuseAes192();
    const result = await encryptToken({
      plaintext: 'hi',
      alg: 'A192KW',
      enc: 'A128GCM',
      keyText: 'x',
      encoding: 'utf8',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'JWE_UNSUPPORTED', field: 'alg' } });
  });
});
