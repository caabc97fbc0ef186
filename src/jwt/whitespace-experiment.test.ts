import { describe, expect, it } from 'vitest';
import type { SigningKey } from '@/keys/signing-key';
import { testKeyPair, testSecret } from '@/test-support/signing-keys';
import type { JwsAlgorithm } from '@/core/algorithms';
import { decodeToken } from './decode';
import { whitespaceExperiment } from './whitespace-experiment';

const NOW = Date.UTC(2026, 0, 1);

describe('whitespaceExperiment', () => {
  it.each<[JwsAlgorithm, () => SigningKey, string]>([
    [
      'HS256',
      () => testSecret('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex'),
      '{"sub":"1","name":"Zoë","admin":true}',
    ],
    ['ES256', () => testKeyPair('p-256').signingKey, '{ "sub" : "1" }'],
    ['EdDSA', () => testKeyPair('ed25519').signingKey, '{}'],
  ])('%s: same claims, two valid tokens, two signatures', async (alg, makeKey, payloadText) => {
    const result = await whitespaceExperiment(payloadText, makeKey(), alg, { nowMs: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [a, b] = result.value.variants;
    expect(a.verification.state).toBe('verified');
    expect(b.verification.state).toBe('verified');
    expect(a.signed.payloadB64).not.toBe(b.signed.payloadB64);
    expect(a.signed.signatureB64).not.toBe(b.signed.signatureB64);
    expect(a.signed.headerB64).toBe(b.signed.headerB64);
    expect(decodeToken(b.signed.token).payload?.json).toEqual(JSON.parse(payloadText));
    expect(decodeToken(a.signed.token).payload?.json).toEqual(JSON.parse(payloadText));
  });

  it.each([
    [
      'a payload that is not JSON',
      '{"sub":',
      () => testKeyPair('p-256').signingKey,
      'ES256',
      'PAYLOAD_NOT_JSON',
      'payload',
    ],
    ['a short secret', '{}', () => testSecret('short', 'utf8'), 'HS256', 'KEY_TOO_SMALL', 'key'],
    [
      'a key that does not fit',
      '{}',
      () => testKeyPair('p-256').signingKey,
      'RS256',
      'KEY_ALG_MISMATCH',
      'key',
    ],
  ] as const)('refuses %s', async (_name, payloadText, makeKey, alg, code, field) => {
    const result = await whitespaceExperiment(payloadText, makeKey(), alg, { nowMs: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe(field);
  });
});
