import { describe, expect, it } from 'vitest';
import { VECTORS, type Vector } from '@/test-support/vectors';
import { decryptToken } from './decrypt-token';

/** Every JWE of the external vectors (compact and JSON), whatever its `kind` says. */
const JWE_CASES = VECTORS.filter(
  (vector) =>
    vector.kind === 'jwe' ||
    (vector.token.startsWith('{')
      ? vector.token.includes('"ciphertext"')
      : vector.token.split('.').length === 5),
);

/** The key as a user pastes it: JWK JSON, or the secret or password text. */
function keyText(vector: Vector): string {
  const key = vector.key as Record<string, unknown> | null;
  if (!key) return '';
  if (typeof key.password === 'string') return key.password;
  if (typeof key.secret === 'string') return key.secret;
  return JSON.stringify(key);
}

/** The verdict jwt-lab gives: RSA1_5 is refused with its reason even where the RFC says it decrypts. */
function expected(vector: Vector): { state: string; code?: string } {
  if (vector.expect.valid && vector.expect.jose?.valid === false)
    return { state: 'error', code: 'JWE_ALG_REFUSED' };
  if (vector.expect.valid) return { state: 'verified' };
  if (vector.category === 'malformed') return { state: 'error', code: 'TOKEN_MALFORMED' };
  return { state: 'invalid' };
}

describe('decryptToken over data/jose-vectors.json', () => {
  it('finds the 37 JWE cases and the RFC 7519 encrypted JWT', () => {
    expect(JWE_CASES.filter((vector) => vector.kind === 'jwe')).toHaveLength(37);
    expect(JWE_CASES.map((vector) => vector.id)).toContain('rfc7519-A.1-encrypted-JWT-RSA1_5');
  });

  it.each(JWE_CASES.map((vector) => [vector.id, vector] as const))('%s', async (_id, vector) => {
    const want = expected(vector);
    const result = await decryptToken(vector.token, { keyText: keyText(vector), encoding: 'utf8' });
    expect({ state: result.state, code: result.error?.code }).toEqual(
      want.code
        ? want
        : { state: want.state, code: want.state === 'invalid' ? result.error?.code : undefined },
    );
    if (want.state === 'verified') {
      expect(result.plaintext?.text).toBe(vector.expect.payloadText);
      expect(result.alg).toBe(vector.expect.alg);
    }
    if (want.state === 'invalid')
      expect(['JWE_KEY_UNWRAP_FAILED', 'JWE_DECRYPTION_FAILED']).toContain(result.error?.code);
    if (want.code === 'JWE_ALG_REFUSED') expect(result.error?.message).toMatch(/padding-oracle/);
  });
});
