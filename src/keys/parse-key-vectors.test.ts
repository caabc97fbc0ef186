import { createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import vectors from '../../data/jose-vectors.json';
import type { SecretEncoding } from './key-types';
import { parseKey } from './parse-key';

interface VectorCase {
  readonly id: string;
  readonly key?: unknown;
  readonly keyPem?: string;
  readonly keyPrivate?: Record<string, unknown>;
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];
const stripPrivate = (jwk: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(jwk).filter(([name]) => !PRIVATE_MEMBERS.includes(name)));
const isJwk = (key: unknown): key is Record<string, unknown> =>
  typeof key === 'object' && key !== null && 'kty' in key;

const CASES = vectors as readonly VectorCase[];
const JWK_ROWS = CASES.flatMap(({ id, key, keyPrivate }) => [
  ...(isJwk(key) ? [{ id: `${id} key`, jwk: key }] : []),
  ...(keyPrivate ? [{ id: `${id} keyPrivate`, jwk: keyPrivate }] : []),
]);
const SECRET_ROWS = CASES.flatMap(({ id, key }) =>
  typeof key === 'object' && key !== null && 'secret' in key
    ? [{ id, ...(key as { secret: string; encoding: SecretEncoding }) }]
    : [],
);
const PEM_ROWS = CASES.flatMap(({ id, keyPem }) => (keyPem ? [{ id, keyPem }] : []));

describe('parseKey on data/jose-vectors.json', () => {
  it('finds the keys of the corpus', () => {
    expect(JWK_ROWS.length).toBeGreaterThan(30);
    expect(SECRET_ROWS.length).toBeGreaterThan(0);
    expect(PEM_ROWS.length).toBeGreaterThan(0);
  });

  it.each(JWK_ROWS)('reads the JWK of $id as its public part', async ({ jwk }) => {
    const result = await parseKey(JSON.stringify(jwk), 'utf8');
    if (jwk['crv'] === 'X25519') {
      // The cookbook's JWE recipient key: ECDH only, so it cannot verify a signature.
      expect(!result.ok && [result.error.code, result.error.field]).toEqual(['KEY_UNSUPPORTED', 'key']);
      return;
    }
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    const hasPrivate = jwk['kty'] !== 'oct' && PRIVATE_MEMBERS.some((name) => name in jwk);
    expect(result.value.candidates[0]?.jwk).toEqual(stripPrivate(jwk));
    expect(result.value.candidates[0]?.fromPrivate).toBe(hasPrivate);
    expect(result.value.candidates[0]?.kid).toBe(jwk['kid']);
  });

  it.each(SECRET_ROWS)('reads the secret of $id in its encoding', async ({ secret, encoding }) => {
    const result = await parseKey(secret, encoding);
    expect(result.ok && result.value.source).toBe('secret');
    expect(result.ok && result.value.secret?.encoding).toBe(encoding);
  });

  it.each(PEM_ROWS)('reads the PEM of $id as Node does', async ({ keyPem }) => {
    const result = await parseKey(keyPem, 'utf8');
    expect(result.ok && result.value.candidates[0]?.jwk).toEqual(
      createPublicKey(keyPem).export({ format: 'jwk' }),
    );
    expect(result.ok && result.value.candidates[0]?.description).toBe('RSA 1024-bit public key');
  });
});
