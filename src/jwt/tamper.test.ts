import { describe, expect, it } from 'vitest';
import type { SigningKey } from '@/keys/signing-key';
import { nodeVerifies, testKeyPair, testSecret } from '@/test-support/signing-keys';
import { ALGORITHM_INFO, type JwsAlgorithm } from '@/core/algorithms';
import { signToken, type SignedToken } from './sign';
import { analyzeTamper } from './tamper';

const NOW = Date.UTC(2026, 0, 1);
const HEADER = (alg: JwsAlgorithm) => `{"alg":"${alg}","typ":"JWT"}`;
const ORIGINAL = '{"sub":"1234567890","name":"John Doe","admin":false}';
const SECRET = testSecret('a-string-secret-at-least-256-bits-long', 'utf8');

const CASES: readonly (readonly [JwsAlgorithm, () => SigningKey])[] = [
  ['HS256', () => SECRET],
  ['RS256', () => testKeyPair('rsa-2048').signingKey],
  ['PS384', () => testKeyPair('rsa-2048').signingKey],
  ['ES256', () => testKeyPair('p-256').signingKey],
  ['ES512', () => testKeyPair('p-521').signingKey],
  ['EdDSA', () => testKeyPair('ed25519').signingKey],
];

async function sign(alg: JwsAlgorithm, key: SigningKey, payloadText = ORIGINAL): Promise<SignedToken> {
  const result = await signToken({ headerText: HEADER(alg), payloadText, key, alg, allowShortSecret: false });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const deterministic = (alg: JwsAlgorithm) => !['ECDSA', 'RSA-PSS'].includes(ALGORITHM_INFO[alg].family);

describe('analyzeTamper', () => {
  it.each(CASES)(
    '%s: shows the edit, the broken verdict and the recomputed signature',
    async (alg, makeKey) => {
      const key = makeKey();
      const original = await sign(alg, key);
      const edited = ORIGINAL.replace('"admin":false', '"admin":true');
      const result = await analyzeTamper({
        originalToken: original.token,
        editedPayloadText: edited,
        key,
        nowMs: NOW,
      });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const a = result.value;
      const honest = await sign(alg, key, edited);
      expect(a.originalSigningInput).toBe(original.signingInput);
      expect(a.signingInput).toBe(honest.signingInput);
      expect(a.tamperedToken).toBe(`${honest.signingInput}.${original.signatureB64}`);
      // "false" → "true" shortens the payload, so base64url realigns from the first changed character.
      const headerEnd = original.headerB64.length + 1;
      const firstDiff = [...a.signingInput].findIndex((c, i) => c !== a.originalSigningInput[i]);
      expect(firstDiff).toBeGreaterThan(headerEnd);
      expect(a.changedRanges).toHaveLength(1);
      expect(a.changedRanges[0]!.start).toBe(firstDiff);
      expect(a.presentedSignature.base64url).toBe(original.signatureB64);
      expect(a.presentedSignature.hex).toBe(Buffer.from(original.signatureB64, 'base64url').toString('hex'));
      expect(a.originalVerification.state).toBe('verified');
      expect(a.verification.state).toBe('invalid');
      expect(a.verification.error?.code).toBe('SIGNATURE_INVALID');
      expect(a.reason).toMatch(/computed over the original header and payload/);
      expect(a.remedy).not.toMatch(/no way/);
      const recomputed = a.recomputedSignature!;
      expect(recomputed.hex).toBe(Buffer.from(recomputed.base64url, 'base64url').toString('hex'));
      if (deterministic(alg)) expect(recomputed.base64url).toBe(honest.signatureB64);
      else expect(a.notes.join(' ')).toMatch(/randomized/);
      expect(nodeVerifies(alg, a.signingInput, recomputed.base64url, key)).toBe(true);
      expect(recomputed.base64url).not.toBe(original.signatureB64);
    },
  );

  it('finds exactly the changed characters of a same-length edit', async () => {
    const original = await sign('HS256', SECRET, '{"a":"xxx","b":"yyyyyy","c":"zzz"}');
    const edited = '{"a":"XXX","b":"yyyyyy","c":"ZZZ"}';
    const result = await analyzeTamper({
      originalToken: original.token,
      editedPayloadText: edited,
      key: SECRET,
      nowMs: NOW,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { signingInput, originalSigningInput, changedRanges } = result.value;
    const changed = [...signingInput].flatMap((c, i) => (c !== originalSigningInput[i] ? [i] : []));
    // Two edits far apart: at least two ranges, the base64url between them unchanged.
    expect(changedRanges.length).toBeGreaterThanOrEqual(2);
    expect(
      changedRanges.flatMap(({ start, end }) => Array.from({ length: end - start }, (_, k) => start + k)),
    ).toEqual(changed);
  });

  it('says nothing changed when the payload is the original', async () => {
    const original = await sign('HS256', SECRET);
    const result = await analyzeTamper({
      originalToken: original.token,
      editedPayloadText: ORIGINAL,
      key: SECRET,
      nowMs: NOW,
    });
    expect(result.ok && result.value.changedRanges).toEqual([]);
    expect(result.ok && result.value.verification.state).toBe('verified');
    expect(result.ok && result.value.reason).toMatch(/unchanged/);
  });

  it.each([
    ['RS256', 'rsa-2048'],
    ['ES384', 'p-384'],
    ['Ed25519', 'ed25519'],
  ] as const)('%s without the private key: invalid, and no way to make it valid again', async (alg, type) => {
    const pair = testKeyPair(type);
    const original = await sign(alg, pair.signingKey);
    const result = await analyzeTamper({
      originalToken: original.token,
      editedPayloadText: '{"sub":"attacker"}',
      verifyKeyText: pair.publicPem,
      nowMs: NOW,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.recomputedSignature).toBeNull();
    expect(result.value.verification.state).toBe('invalid');
    expect(result.value.remedy).toMatch(
      /^Without the private key there is no way to make this token valid again/,
    );
  });

  it('HS256 without any key: unverified, and the remedy names the secret', async () => {
    const original = await sign('HS256', SECRET);
    const result = await analyzeTamper({
      originalToken: original.token,
      editedPayloadText: '{}',
      nowMs: NOW,
    });
    expect(result.ok && result.value.verification.state).toBe('unverified');
    expect(result.ok && result.value.remedy).toMatch(/^Without the secret there is no way/);
  });

  it('reports a key that does not fit beside the key field, and still gives the verdict', async () => {
    const original = await sign('ES256', testKeyPair('p-256').signingKey);
    const result = await analyzeTamper({
      originalToken: original.token,
      editedPayloadText: '{}',
      key: SECRET,
      verifyKeyText: JSON.stringify(testKeyPair('p-256').signingKey.publicJwk),
      nowMs: NOW,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.recomputedSignature).toBeNull();
    expect(result.value.recomputeError).toMatchObject({ code: 'KEY_ALG_MISMATCH', field: 'key' });
    expect(result.value.verification.state).toBe('invalid');
  });

  it.each([
    ['an empty token', '', 'TOKEN_EMPTY', 'token'],
    ['two segments', 'eyJhbGciOiJIUzI1NiJ9.e30', 'TOKEN_MALFORMED', 'token'],
    ['alg none', 'eyJhbGciOiJub25lIn0.e30.', 'ALG_NONE', 'header'],
    ['an unknown alg', 'eyJhbGciOiJIUzI1NyJ9.e30.c2ln', 'ALG_UNSUPPORTED', 'header'],
    [
      'b64 false',
      'eyJhbGciOiJIUzI1NiIsImI2NCI6ZmFsc2UsImNyaXQiOlsiYjY0Il19.{}.c2ln',
      'CRIT_UNSUPPORTED',
      'header',
    ],
    [
      'a JSON serialization',
      '{"payload":"e30","protected":"eyJhbGciOiJIUzI1NiJ9","signature":"c2ln"}',
      'TOKEN_MALFORMED',
      'token',
    ],
  ] as const)('refuses %s', async (_name, token, code, field) => {
    const result = await analyzeTamper({ originalToken: token, editedPayloadText: '{}', nowMs: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe(field);
  });
});
