import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VECTORS, type Vector } from '@/test-support/vectors';
import type { SecretEncoding } from '@/keys/key-types';
import { decodeToken } from './decode';
import { EXAMPLES } from './examples';
import { verifyToken } from './verify';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

function keyInput(vector: Vector): { keyText: string; encoding: SecretEncoding } {
  const key = vector.key;
  if (key === null) return { keyText: '', encoding: 'utf8' };
  if ('secret' in key && typeof key.secret === 'string')
    return { keyText: key.secret, encoding: key.encoding as SecretEncoding };
  return { keyText: JSON.stringify(key), encoding: 'utf8' };
}

async function verifyVector(vector: Vector) {
  return verifyToken(decodeToken(vector.token), { ...keyInput(vector), nowMs: NOW, skewSeconds: 0 });
}

// Detached-content JWS (RFC 7515 Appendix F, RFC 7797 §4.2 detached) needs the payload from elsewhere;
// the debugger has no field for it yet, so those cases are not part of this table.
const JWS_CASES = VECTORS.filter((v) => v.kind !== 'jwe' && v.detachedPayload === undefined && !isJwe(v));

function isJwe(vector: Vector): boolean {
  return vector.serialization === 'compact'
    ? vector.token.split('.').length === 5
    : vector.token.includes('"ciphertext"');
}

describe('verifyToken against data/jose-vectors.json', () => {
  it.each(JWS_CASES.filter((v) => v.expect.valid).map((v) => [v.id, v] as const))(
    'verifies %s',
    async (_id, vector) => {
      const result = await verifyVector(vector);
      expect(result.state, JSON.stringify(result)).toBe('verified');
    },
  );

  it.each(JWS_CASES.filter((v) => !v.expect.valid).map((v) => [v.id, v] as const))(
    'does not verify %s',
    async (_id, vector) => {
      const result = await verifyVector(vector);
      expect(result.state).not.toBe('verified');
      expect(result.error?.message.length ?? 0).toBeGreaterThan(10);
      if (vector.expect.unsecured && vector.expect.header?.alg === 'none')
        expect(result.state).toBe('unsecured');
    },
  );

  it('explains the jose divergence for RSA keys under 2048 bits', async () => {
    const vector = VECTORS.find((v) => v.id === 'jwtio-2016-default-RS256-1024bit-key');
    const result = await verifyVector(vector!);
    expect(result.state).toBe('verified');
    expect(result.hints.join(' ')).toMatch(/jose refuses RSA keys under 2048 bits/);
  });

  it('reports an expired but correctly signed token as verified and expired', async () => {
    const vector = VECTORS.find((v) => v.id === 'rfc7519-3.1-JWT-HS256');
    const result = await verifyVector(vector!);
    expect(result.state).toBe('verified');
    expect(result.details.join(' ')).toMatch(/^token expired .* ago$/);
  });

  it('says which encoding verifies when a secret is read in the wrong one', async () => {
    const vector = VECTORS.find((v) => v.id === 'jwtio-2018-2025-default-HS256-secret-as-base64url');
    const result = await verifyVector(vector!);
    expect(result.state).toBe('invalid');
    expect(result.hints.join(' ')).toMatch(/read as UTF-8 text it verifies/);
  });
});

describe('verifyToken with the examples', () => {
  const signed = EXAMPLES.filter((e) => e.keyPurpose === 'verify' && e.alg !== 'none' && e.alg !== 'dir');
  it.each(signed.map((e) => [e.id, e] as const))('verifies example %s with its key', async (_id, example) => {
    const result = await verifyToken(decodeToken(example.token), {
      keyText: example.key,
      encoding: example.secretEncoding,
      nowMs: NOW,
      skewSeconds: 0,
    });
    expect(result.state).toBe('verified');
  });

  it.each([
    ['an HMAC token given an RSA public key', 'hs256', 'rs256', 'KEY_ALG_MISMATCH', 'key'],
    ['an RSA token given an HMAC secret', 'rs256', 'hs256', 'KEY_ALG_MISMATCH', 'key'],
    ['an ES256 token given a P-384 key', 'es256', 'es384', 'KEY_ALG_MISMATCH', 'key'],
  ])('refuses %s', async (_name, tokenId, keyId, code, field) => {
    const token = EXAMPLES.find((e) => e.id === tokenId)!;
    const key = EXAMPLES.find((e) => e.id === keyId)!;
    const result = await verifyToken(decodeToken(token.token), {
      keyText: key.key,
      encoding: key.secretEncoding,
      nowMs: NOW,
      skewSeconds: 0,
    });
    expect(result.state).toBe('error');
    expect(result.error).toEqual(expect.objectContaining({ code, field }));
  });

  it('asks for a key when none is given', async () => {
    const result = await verifyToken(decodeToken(EXAMPLES[0]!.token), {
      keyText: '',
      encoding: 'utf8',
      nowMs: NOW,
      skewSeconds: 0,
    });
    expect(result.state).toBe('unverified');
  });

  it('names the JWKS key that matched by kid', async () => {
    const example = EXAMPLES.find((e) => e.id === 'jwks-kid')!;
    const result = await verifyToken(decodeToken(example.token), {
      keyText: example.key,
      encoding: 'utf8',
      nowMs: NOW,
      skewSeconds: 0,
    });
    expect(result.keyUsed).toEqual(expect.objectContaining({ index: 2 }));
    expect(result.keyUsed?.kid).toBeTruthy();
  });

  it('fails verification when any one character of the header or payload changes', async () => {
    const example = EXAMPLES.find((e) => e.id === 'hs256')!;
    const [header = '', payload = '', signature = ''] = example.token.split('.');
    const signedPart = `${header}.${payload}`;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: signedPart.length - 1 }),
        fc.constantFrom(...alphabet),
        async (index, replacement) => {
          fc.pre(signedPart[index] !== '.' && signedPart[index] !== replacement);
          const tampered = `${signedPart.slice(0, index)}${replacement}${signedPart.slice(index + 1)}.${signature}`;
          const result = await verifyToken(decodeToken(tampered), {
            keyText: example.key,
            encoding: example.secretEncoding,
            nowMs: NOW,
            skewSeconds: 0,
          });
          expect(result.state).not.toBe('verified');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('verifyToken with JWE', () => {
  it('explains that jose does not support RSA1_5', async () => {
    const vector = VECTORS.find((v) => v.id === 'rfc7519-A.1-encrypted-JWT-RSA1_5')!;
    const result = await verifyToken(decodeToken(vector.token), {
      keyText: '',
      encoding: 'utf8',
      nowMs: NOW,
      skewSeconds: 0,
    });
    expect(result.state).toBe('unverified');
    expect(result.error?.code).toBe('JWE_NOT_DECRYPTED');
    expect(result.hints.join(' ')).toMatch(/jose .* does not support it/);
  });
});

describe('verifyToken refuses algorithm confusion', () => {
  it('refuses an HS256 token "verified" with a public key pasted without its PEM armour', async () => {
    const { generateKeyPairSync, createHmac } = await import('node:crypto');
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const body = pem
      .split('\n')
      .filter((line) => line && !line.startsWith('-----'))
      .join('');
    const input = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"sub":"admin","role":"admin"}').toString('base64url')}`;
    for (const [keyText, encoding, secret] of [
      [body, 'utf8', Buffer.from(body)],
      [body, 'base64', Buffer.from(body, 'base64')],
      [pem.replace(/-----/g, '----'), 'utf8', Buffer.from(pem.replace(/-----/g, '----'))],
    ] as const) {
      const token = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
      const result = await verifyToken(decodeToken(token), { keyText, encoding, nowMs: NOW, skewSeconds: 0 });
      expect(result.state).not.toBe('verified');
    }
    const token = `${input}.${createHmac('sha256', Buffer.from(body)).update(input).digest('base64url')}`;
    const result = await verifyToken(decodeToken(token), {
      keyText: body,
      encoding: 'utf8',
      nowMs: NOW,
      skewSeconds: 0,
    });
    expect(result.error).toMatchObject({ code: 'KEY_ALG_MISMATCH', field: 'key' });
    expect(result.error?.message).toMatch(/algorithm-confusion/);
  });
});

describe('verifyToken with key sets and key metadata', () => {
  const example = EXAMPLES.find((e) => e.id === 'jwks-kid')!;
  const set = JSON.parse(example.key) as { keys: Record<string, unknown>[] };

  it('says a strict verifier would refuse when the token names a kid the set lacks', async () => {
    const [header = '', payload = '', signature = ''] = example.token.split('.');
    const headerJson = JSON.parse(Buffer.from(header, 'base64url').toString()) as Record<string, unknown>;
    const renamed = JSON.stringify({
      keys: set.keys.map((k) => ({ ...k, kid: `${String(k.kid)}-renamed` })),
    });
    const result = await verifyToken(decodeToken(`${header}.${payload}.${signature}`), {
      keyText: renamed,
      encoding: 'utf8',
      nowMs: NOW,
      skewSeconds: 0,
    });
    expect(result.state).toBe('verified');
    expect(result.hints.join(' ')).toContain(`No key in the set has kid "${String(headerJson.kid)}"`);
  });

  it.each([
    ['use: enc', { use: 'enc' }, /not for signatures/],
    ['key_ops without verify', { key_ops: ['encrypt'] }, /do not include "verify"/],
  ])('refuses a key marked %s', async (_name, extra, message) => {
    const marked = JSON.stringify({ keys: set.keys.map((k) => ({ ...k, ...extra })) });
    const result = await verifyToken(decodeToken(example.token), {
      keyText: marked,
      encoding: 'utf8',
      nowMs: NOW,
      skewSeconds: 0,
    });
    expect(result.state).toBe('error');
    expect(result.error).toMatchObject({ code: 'KEY_ALG_MISMATCH', field: 'key' });
    expect(result.error?.message).toMatch(message);
  });
});
