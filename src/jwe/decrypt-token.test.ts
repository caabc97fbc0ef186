import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesToBase64url, utf8ToBytes } from '@/encoding/base64';
import { VECTORS } from '@/test-support/vectors';
import { decryptToken, decryptWithoutCrypto } from './decrypt-token';
import { DEFAULT_P2C_LIMIT } from './limits';

const vector = (id: string) => VECTORS.find((candidate) => candidate.id === id)!;
const keyOf = (id: string) => JSON.stringify(vector(id).key);
const header = (value: unknown) => bytesToBase64url(utf8ToBytes(JSON.stringify(value)));

describe('decryptWithoutCrypto', () => {
  it('asks for the key a token needs, naming it', () => {
    const result = decryptWithoutCrypto(vector('rfc7520-5.2-RSA-OAEP-A256GCM').token, ' ', DEFAULT_P2C_LIMIT);
    expect(result).toMatchObject({ state: 'unverified', alg: 'RSA-OAEP', enc: 'A256GCM' });
    expect(result?.headline).toBe('Enter a key to decrypt this JWE (RSA-OAEP + A256GCM)');
    expect(result?.hints[0]).toBe("RSA-OAEP needs the recipient's RSA private key (2048 bits or more).");
  });

  it('says which recipients are skipped, and why, before any key', () => {
    const result = decryptWithoutCrypto(
      vector('rfc7516-A.4-general-json-A128KW-recipient').token,
      '',
      DEFAULT_P2C_LIMIT,
    );
    expect(result?.hints).toEqual([
      'A128KW needs a 16-byte AES key (for recipient 2 of 2).',
      expect.stringMatching(/^Recipient 1 is skipped: RSA1_5 .* is refused/),
    ]);
  });

  it.each([
    [{ alg: 'RSA1_5', enc: 'A128GCM' }, 'JWE_ALG_REFUSED', 'RSA1_5 is refused'],
    [{ alg: 'A128KW+HPKE', enc: 'A128GCM' }, 'JWE_UNSUPPORTED', 'Unsupported algorithm'],
    [{ alg: 'A128KW', enc: 'A128XYZ' }, 'JWE_UNSUPPORTED', 'Unsupported algorithm'],
    [{ alg: 'A128KW' }, 'JWE_UNSUPPORTED', 'Unsupported algorithm'],
    [{ enc: 'A128GCM' }, 'ALG_MISSING', 'Malformed token'],
  ])('refuses %j with %s, key or not', (value, code, headline) => {
    const token = `${header(value)}.AAAA.AAAA.AAAA.AAAA`;
    const result = decryptWithoutCrypto(token, 'a key', DEFAULT_P2C_LIMIT);
    expect(result).toMatchObject({ state: 'error', headline, error: { code } });
  });

  it('never throws, whatever the text', () => {
    const tokenish = fc.oneof(
      fc.string(),
      fc.array(fc.string({ maxLength: 12 }), { maxLength: 7 }).map((parts) => parts.join('.')),
      fc.json().map((json) => `{"ciphertext":"x","recipients":${json}}`),
      fc.json().map((json) => `${header(JSON.parse(json))}.a.b.c.d`),
    );
    fc.assert(
      fc.property(tokenish, fc.string({ maxLength: 5 }), (text, key) => {
        const result = decryptWithoutCrypto(text, key, DEFAULT_P2C_LIMIT);
        expect(result === null || typeof result.state === 'string').toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('decryptToken', () => {
  it('opens a nested JWT (RFC 7520 §6): the plaintext is the inner token, offered because cty says JWT', async () => {
    const { token } = vector('rfc7520-6-nested-RSA-OAEP-A128GCM-outer');
    const result = await decryptToken(token, {
      keyText: keyOf('rfc7520-6-nested-RSA-OAEP-A128GCM-outer'),
      encoding: 'utf8',
    });
    expect(result.state).toBe('verified');
    expect(result.nestedToken).toMatch(/^eyJhbGciOiJQUzI1NiIs[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(result.nestedByCty).toBe(true);
    expect(result.hints).toContain(
      'The plaintext is a nested JWT (cty: "JWT"): open it to check its signature with its own key.',
    );
  });

  it('names the key used, by kid and place in a set', async () => {
    const a128kw = vector('rfc7520-5.8-A128KW-A128GCM');
    const set = JSON.stringify({ keys: [vector('rfc7520-5.6-dir-A128GCM').key, a128kw.key] });
    const result = await decryptToken(a128kw.token, { keyText: set, encoding: 'utf8' });
    expect(result.keyUsed).toEqual({
      description: '16-byte secret (128 bits, oct JWK)',
      kid: '81b20965-8332-43d9-a468-82160ad91ac8',
      index: 2,
    });
    expect(result.keyRead).toEqual({ description: 'a set of 2 keys', notes: [] });
  });

  it('refuses an RSA key under 2048 bits, as jose does (RFC 7518 §4.3)', async () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'jwk' });
    const result = await decryptToken(vector('rfc7520-5.2-RSA-OAEP-A256GCM').token, {
      keyText: JSON.stringify(small),
      encoding: 'utf8',
    });
    expect(result).toMatchObject({ state: 'error', error: { code: 'KEY_TOO_SMALL', field: 'key' } });
  });

  it('reports a key that cannot be read beside the key field', async () => {
    const result = await decryptToken(vector('rfc7520-5.8-A128KW-A128GCM').token, {
      keyText: '{"kty":',
      encoding: 'utf8',
    });
    expect(result).toMatchObject({
      state: 'error',
      headline: 'The key cannot be used',
      error: { code: 'KEY_INVALID', field: 'key' },
    });
  });

  it('reads the password in the chosen encoding', async () => {
    const { token } = vector('rfc7520-5.3-PBES2-HS512+A256KW-A128CBC-HS256');
    const password = 'entrap_o–peter_long–credit_tun';
    const hex = Buffer.from(password, 'utf8').toString('hex');
    expect((await decryptToken(token, { keyText: hex, encoding: 'hex' })).state).toBe('verified');
    expect((await decryptToken(token, { keyText: password, encoding: 'utf8' })).state).toBe('verified');
  });

  it('never throws on any key text', async () => {
    const { token } = vector('rfc7520-5.8-A128KW-A128GCM');
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), async (keyText) => {
        const result = await decryptToken(token, { keyText, encoding: 'utf8' });
        expect(['verified', 'invalid', 'error', 'unverified']).toContain(result.state);
      }),
      { numRuns: 200 },
    );
  });
});
