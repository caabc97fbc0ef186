import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64urlToBytes, bytesToBase64url } from '@/encoding/base64';
import type { SigningKey } from '@/keys/signing-key';
import { nodeVerifies, testKeyPair, testSecret } from '@/test-support/signing-keys';
import type { JwsAlgorithm } from '@/core/algorithms';
import { decodeToken } from './decode';
import { signToken } from './sign';
import { verifyKeyFor } from './verify-key-text';
import { verifyToken } from './verify';

const NOW = Date.UTC(2026, 0, 1);

const KEYS: readonly (readonly [JwsAlgorithm, () => SigningKey])[] = [
  ['HS256', () => testSecret('a'.repeat(16) + '🔑'.repeat(4), 'utf8')],
  ['ES256', () => testKeyPair('p-256').signingKey],
  ['EdDSA', () => testKeyPair('ed25519').signingKey],
  ['PS256', () => testKeyPair('rsa-2048').signingKey],
];

/** JSON objects with unicode member names and values, written compact or pretty. */
const payloadText = fc
  .tuple(fc.dictionary(fc.string({ unit: 'grapheme' }), fc.jsonValue({ maxDepth: 3 })), fc.boolean())
  .map(([value, pretty]) => JSON.stringify(value, null, pretty ? 2 : undefined));

async function verify(token: string, key: SigningKey) {
  return verifyToken(decodeToken(token), { ...verifyKeyFor(key), nowMs: NOW, skewSeconds: 0 });
}

async function sign(alg: JwsAlgorithm, key: SigningKey, text: string) {
  const result = await signToken({
    headerText: JSON.stringify({ alg, typ: 'JWT' }),
    payloadText: text,
    key,
    alg,
    allowShortSecret: false,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('signToken properties', () => {
  it.each(KEYS)('%s: sign → verify round-trips for any JSON object payload', async (alg, makeKey) => {
    const key = makeKey();
    await fc.assert(
      fc.asyncProperty(payloadText, async (text) => {
        const signed = await sign(alg, key, text);
        expect((await verify(signed.token, key)).state).toBe('verified');
        expect(decodeToken(signed.token).payload?.text).toBe(text);
        expect(nodeVerifies(alg, signed.signingInput, signed.signatureB64, key)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it.each(KEYS)('%s: round-trips a payload over 100 KB of unicode', async (alg, makeKey) => {
    const key = makeKey();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', minLength: 30_000, maxLength: 40_000 }),
        async (body) => {
          const text = JSON.stringify({ sub: 'big', body });
          expect(new TextEncoder().encode(text).length).toBeGreaterThan(100_000);
          const signed = await sign(alg, key, text);
          expect((await verify(signed.token, key)).state).toBe('verified');
        },
      ),
      { numRuns: 3 },
    );
  });

  it.each(KEYS)('%s: one changed byte of the payload always breaks verification', async (alg, makeKey) => {
    const key = makeKey();
    await fc.assert(
      fc.asyncProperty(payloadText, fc.nat(), fc.integer({ min: 1, max: 255 }), async (text, at, xor) => {
        const signed = await sign(alg, key, text);
        const bytes = base64urlToBytes(signed.payloadB64)!;
        const index = at % bytes.length;
        bytes[index] = bytes[index]! ^ xor;
        const forged = `${signed.headerB64}.${bytesToBase64url(bytes)}.${signed.signatureB64}`;
        const verdict = await verify(forged, key);
        expect(verdict.state).toBe('invalid');
        expect(verdict.error?.code).toBe('SIGNATURE_INVALID');
      }),
      { numRuns: 40 },
    );
  });
});
