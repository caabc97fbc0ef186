import { describe, expect, it } from 'vitest';
import { decodeToken } from './decode';
import { currentVerification, PENDING, type SettledVerification } from './current-verification';
import { DEFAULT_EXAMPLE } from './default-example';
import { verifyToken, verifyWithoutCrypto } from './verify';
import type { Verification } from './verification';

const signed = decodeToken(DEFAULT_EXAMPLE.token);
const [header, payload, signature] = DEFAULT_EXAMPLE.token.split('.');
// The same signature over a forged payload: what an attacker pastes next.
const forged = decodeToken(
  `${header}.${btoa('{"sub":"user-1234","role":"admin"}').replace(/=+$/, '')}.${signature}`,
);
const unsecured = decodeToken(`${btoa('{"alg":"none"}').replace(/=+$/, '')}.${payload}.`);
const key = { keyText: DEFAULT_EXAMPLE.key, encoding: DEFAULT_EXAMPLE.secretEncoding };

async function settle(token = signed, keyText = key.keyText): Promise<SettledVerification> {
  const inputs = { token, keyText, encoding: key.encoding };
  return { inputs, result: await verifyToken(token, inputs) };
}

describe('currentVerification', () => {
  it('shows the settled verdict only for exactly the inputs it was computed for', async () => {
    const settled = await settle();
    expect(settled.result.state).toBe('verified');
    expect(currentVerification({ token: signed, ...key }, null, settled, false).state).toBe('verified');
  });

  it.each([
    ['a forged payload', { token: forged, ...key }],
    ['a changed key', { token: signed, keyText: `${key.keyText}x`, encoding: key.encoding }],
    ['a changed encoding', { token: signed, keyText: key.keyText, encoding: 'base64' as const }],
  ])('is pending, never the previous "verified", after %s', async (_name, inputs) => {
    const settled = await settle();
    expect(currentVerification(inputs, null, settled, false)).toMatchObject({ state: 'pending' });
  });

  it('is pending while the decoded token lags behind the text in the field', async () => {
    const settled = await settle();
    expect(currentVerification({ token: signed, ...key }, null, settled, true).state).toBe('pending');
  });

  it('shows a verdict that needs no crypto at once: alg none is unsecured, never the verified one before it', async () => {
    const settled = await settle();
    const immediate = verifyWithoutCrypto(unsecured, key.keyText);
    expect(currentVerification({ token: unsecured, ...key }, immediate, settled, false).state).toBe(
      'unsecured',
    );
  });

  it('keeps the parsed key of the last verdict while pending, when the key did not change', async () => {
    const settled = await settle();
    const pending: Verification = currentVerification({ token: forged, ...key }, null, settled, false);
    expect(pending.key).toBe(settled.result.key);
    const otherKey = currentVerification(
      { token: signed, keyText: 'x', encoding: 'utf8' },
      null,
      settled,
      false,
    );
    expect(otherKey).toBe(PENDING);
  });

  it('a forged payload is never reported verified, whatever order inputs and results arrive in', async () => {
    const forgedSettled = await settle(forged);
    expect(forgedSettled.result.state).toBe('invalid');
    const signedSettled = await settle(signed);
    // The old result (for the signed token) arrives after the forged token is on screen.
    for (const settled of [signedSettled, forgedSettled, null])
      expect(currentVerification({ token: forged, ...key }, null, settled, false).state).not.toBe('verified');
  });
});
