import { describe, expect, it } from 'vitest';
import type { SigningKey } from '@/keys/signing-key';
import { testKeyPair, testSecret } from '@/test-support/signing-keys';
import type { JwsAlgorithm } from '@/core/algorithms';
import { signToken } from './sign';
import { analyzeTamper, type TamperAnalysis } from './tamper';
import { resignWithGuessedKey, resignWithKey } from './tamper-resign';

const NOW = Date.UTC(2026, 0, 1);
const SECRET_TEXT = 'a-string-secret-at-least-256-bits-long';
const SECRET = testSecret(SECRET_TEXT, 'utf8');

async function tamper(alg: JwsAlgorithm, key: SigningKey, withKey: boolean): Promise<TamperAnalysis> {
  const signed = await signToken({
    headerText: JSON.stringify({ alg }),
    payloadText: '{"sub":"alice","admin":false}',
    key,
    alg,
    allowShortSecret: false,
  });
  if (!signed.ok) throw new Error(signed.error.message);
  const pair = key.kind === 'private' ? key : null;
  const result = await analyzeTamper({
    originalToken: signed.value.token,
    editedPayloadText: '{"sub":"alice","admin":true}',
    ...(withKey ? { key } : { verifyKeyText: JSON.stringify(pair?.publicJwk) }),
    nowMs: NOW,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const CASES: readonly (readonly [JwsAlgorithm, () => SigningKey])[] = [
  ['HS256', () => SECRET],
  ['RS256', () => testKeyPair('rsa-2048').signingKey],
  ['PS256', () => testKeyPair('rsa-2048').signingKey],
  ['ES256', () => testKeyPair('p-256').signingKey],
  ['EdDSA', () => testKeyPair('ed25519').signingKey],
];

describe('resignWithKey', () => {
  it.each(CASES)('%s: re-signing the edited token with the real key makes it valid', async (alg, makeKey) => {
    const key = makeKey();
    const analysis = await tamper(alg, key, true);
    const result = await resignWithKey(analysis, key, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.token.startsWith(`${analysis.signingInput}.`)).toBe(true);
    expect(result.value.verification.state).toBe('verified');
    expect(result.value.weakKey).toBe(false);
  });
});

describe('resignWithGuessedKey', () => {
  it.each(CASES)('%s: a key the attacker has instead stays invalid', async (alg, makeKey) => {
    const analysis = await tamper(alg, makeKey(), alg === 'HS256');
    const result = await resignWithGuessedKey(analysis, 'secret', NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.verification.state).toBe('invalid');
    expect(result.value.verification.error?.code).toBe('SIGNATURE_INVALID');
  });

  it('flags a short guess as weak but still signs it', async () => {
    const result = await resignWithGuessedKey(await tamper('HS256', SECRET, true), 'secret', NOW);
    expect(result.ok && result.value.weakKey).toBe(true);
    expect(result.ok && result.value.keyDescription).toBe('your guessed secret');
  });

  it('verifies when the guess is the real secret: a guessable secret is a broken one', async () => {
    const result = await resignWithGuessedKey(await tamper('HS256', SECRET, true), SECRET_TEXT, NOW);
    expect(result.ok && result.value.verification.state).toBe('verified');
  });

  it.each([
    ['an empty guess', true, '', 'KEY_EMPTY'],
    ['no verification key', false, 'secret', 'KEY_EMPTY'],
  ] as const)('refuses %s', async (_name, withKey, guess, code) => {
    const analysis = await tamper('HS256', SECRET, withKey);
    const result = await resignWithGuessedKey(
      { ...analysis, verifyKey: withKey ? analysis.verifyKey : null },
      guess,
      NOW,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe('key');
  });
});
