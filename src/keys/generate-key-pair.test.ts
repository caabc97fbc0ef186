import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import {
  calculateJwkThumbprint,
  CompactSign,
  compactVerify,
  importJWK,
  importPKCS8,
  importSPKI,
  type JWK,
} from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JwsAlgorithm } from '@/core/algorithms';
import {
  generateKeyPair,
  KEY_PAIR_ALGORITHMS,
  KEY_PAIR_KINDS,
  type GeneratedKeyPair,
  type KeyPairKind,
} from './generate-key-pair';

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi'];
const ALG: Readonly<Record<KeyPairKind, JwsAlgorithm>> = {
  'RSA-2048': 'RS256',
  'RSA-3072': 'PS384',
  'RSA-4096': 'RS512',
  'P-256': 'ES256',
  'P-384': 'ES384',
  'P-521': 'ES512',
  Ed25519: 'EdDSA',
};

/** Node's one-shot sign/verify for a kind (null digest: Ed25519 hashes internally). */
function nodeSignVerify(
  kind: KeyPairKind,
  privateKey: KeyObject,
  publicKey: KeyObject,
  data: Buffer,
): boolean {
  const digest = kind === 'Ed25519' ? null : 'sha256';
  return verify(digest, data, publicKey, sign(digest, data, privateKey));
}

// Every kind is generated exactly once (RSA-4096 takes seconds); the tests below share them.
const PAIRS = new Map<KeyPairKind, GeneratedKeyPair>();
beforeAll(async () => {
  const results = await Promise.all(KEY_PAIR_KINDS.map((kind) => generateKeyPair(kind)));
  results.forEach((result, i) => {
    if (!result.ok) throw new Error(result.error.message);
    PAIRS.set(KEY_PAIR_KINDS[i]!, result.value);
  });
}, 30_000);

const pairOf = (kind: KeyPairKind): GeneratedKeyPair => PAIRS.get(kind)!;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('generateKeyPair', () => {
  it.each(KEY_PAIR_KINDS)('%s: the PEMs import with jose and with Node', async (kind) => {
    const { exports } = pairOf(kind);
    expect(exports.privatePem).toMatch(
      /^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END PRIVATE KEY-----\n$/,
    );
    expect(exports.publicPem).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----\n$/,
    );
    await expect(importPKCS8(exports.privatePem, ALG[kind])).resolves.toBeDefined();
    await expect(importSPKI(exports.publicPem, ALG[kind])).resolves.toBeDefined();
    const privateKey = createPrivateKey(exports.privatePem);
    const publicKey = createPublicKey(exports.publicPem);
    expect(privateKey.type).toBe('private');
    expect(publicKey.type).toBe('public');
    expect(nodeSignVerify(kind, privateKey, publicKey, Buffer.from('payload'))).toBe(true);
  });

  it.each(KEY_PAIR_KINDS)('%s: the JWKs are the same key as the PEMs', async (kind) => {
    const pair = pairOf(kind);
    const nodePublic = createPublicKey(pair.exports.publicPem).export({ format: 'jwk' });
    expect(pair.publicJwk).toMatchObject(nodePublic);
    expect(createPrivateKey(pair.exports.privatePem).export({ format: 'jwk' })).toMatchObject(
      Object.fromEntries(Object.entries(pair.privateJwk).filter(([name]) => name !== 'kid')),
    );
    // A token signed from the private JWK (by jose) verifies with the SPKI PEM (by Node).
    const signingKey = await importJWK(pair.privateJwk, ALG[kind]);
    const jws = await new CompactSign(new TextEncoder().encode('{"sub":"1"}'))
      .setProtectedHeader({ alg: ALG[kind] })
      .sign(signingKey);
    const verifier = await importSPKI(pair.exports.publicPem, ALG[kind]);
    await expect(compactVerify(jws, verifier)).resolves.toBeDefined();
  });

  it.each(KEY_PAIR_KINDS)('%s: private members only in the private JWK, no WebCrypto extras', (kind) => {
    const { privateJwk, publicJwk } = pairOf(kind);
    const privateNames = kind.startsWith('RSA') ? PRIVATE_MEMBERS : ['d'];
    for (const name of privateNames) expect(privateJwk).toHaveProperty(name);
    for (const name of PRIVATE_MEMBERS) expect(publicJwk).not.toHaveProperty(name);
    for (const jwk of [privateJwk, publicJwk]) {
      expect(jwk).not.toHaveProperty('key_ops');
      expect(jwk).not.toHaveProperty('ext');
      expect(jwk).not.toHaveProperty('alg');
      expect(jwk).not.toHaveProperty('use');
    }
    expect(publicJwk.kty).toBe(kind.startsWith('RSA') ? 'RSA' : kind === 'Ed25519' ? 'OKP' : 'EC');
    if (!kind.startsWith('RSA')) expect(publicJwk.crv).toBe(kind);
  });

  it.each(KEY_PAIR_KINDS)("%s: kid is the public key's RFC 7638 thumbprint (per jose)", async (kind) => {
    const pair = pairOf(kind);
    const expected = await calculateJwkThumbprint(pair.publicJwk, 'sha256');
    expect(pair.kid).toBe(expected);
    expect(pair.publicJwk.kid).toBe(expected);
    expect(pair.privateJwk.kid).toBe(expected);
  });

  it.each(KEY_PAIR_KINDS)('%s: JSON exports parse back to the JWKs', (kind) => {
    const { exports, privateJwk, publicJwk } = pairOf(kind);
    expect(JSON.parse(exports.privateJwkJson)).toEqual(privateJwk);
    expect(JSON.parse(exports.publicJwkJson)).toEqual(publicJwk);
    expect(JSON.parse(exports.jwksJson)).toEqual({ keys: [publicJwk] });
    expect(exports.publicJwkJson).toContain('\n  "kty": ');
    expect(exports.jwksJson).not.toContain('"d"');
  });

  it.each([
    ['RSA-2048', 2048],
    ['RSA-3072', 3072],
    ['RSA-4096', 4096],
  ] as const)('%s has a %i-bit modulus', (kind, bits) => {
    const pair = pairOf(kind);
    expect(pair.bits).toBe(bits);
    expect(createPublicKey(pair.exports.publicPem).asymmetricKeyDetails?.modulusLength).toBe(bits);
  });

  it('makes a different key every time', async () => {
    const again = await generateKeyPair('P-256');
    expect(again.ok && again.value.kid).not.toBe(pairOf('P-256').kid);
  });

  it('uses a given kid, use and alg in both JWKs', async () => {
    const result = await generateKeyPair('RSA-2048', { kid: 'signing-2025-01', use: 'sig', alg: 'PS256' });
    if (!result.ok) throw new Error(result.error.message);
    const { kid, privateJwk, publicJwk, exports } = result.value;
    expect(kid).toBe('signing-2025-01');
    for (const jwk of [privateJwk, publicJwk]) expect(jwk).toMatchObject({ kid, use: 'sig', alg: 'PS256' });
    await expect(importJWK(privateJwk, 'PS256')).resolves.toBeDefined();
    await expect(importSPKI(exports.publicPem, 'PS256')).resolves.toBeDefined();
  });

  it('falls back to the thumbprint when the given kid is blank', async () => {
    const result = await generateKeyPair('Ed25519', { kid: '  ', alg: 'Ed25519' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.kid).toBe(await calculateJwkThumbprint(result.value.publicJwk as JWK, 'sha256'));
    expect(result.value.publicJwk.alg).toBe('Ed25519');
  });

  it.each(KEY_PAIR_KINDS.flatMap((kind) => KEY_PAIR_ALGORITHMS[kind].map((alg) => [kind, alg] as const)))(
    'offers %s for %s, which jose accepts for that key',
    async (kind, alg) => {
      await expect(importPKCS8(pairOf(kind).exports.privatePem, alg)).resolves.toBeDefined();
    },
  );

  it.each([
    ['P-256', 'RS256'],
    ['P-256', 'ES384'],
    ['RSA-2048', 'ES256'],
    ['Ed25519', 'HS256'],
    ['RSA-4096', 'EdDSA'],
  ] as const)('refuses %s with alg %s (KEY_ALG_MISMATCH)', async (kind, alg) => {
    const generate = vi.spyOn(crypto.subtle, 'generateKey');
    const result = await generateKeyPair(kind, { alg });
    expect(result).toMatchObject({ ok: false, error: { code: 'KEY_ALG_MISMATCH', field: 'key' } });
    expect(generate).not.toHaveBeenCalled();
  });

  it('returns KEY_UNSUPPORTED when WebCrypto cannot generate the kind', async () => {
    vi.spyOn(crypto.subtle, 'generateKey').mockRejectedValueOnce(
      new DOMException('Unrecognized algorithm name', 'NotSupportedError'),
    );
    const result = await generateKeyPair('Ed25519');
    expect(result).toMatchObject({ ok: false, error: { code: 'KEY_UNSUPPORTED', field: 'key' } });
  });
});
