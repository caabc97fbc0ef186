import { decodeProtectedHeader } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { JKU, OWN_JWKS_URL } from './jku';

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const initial = Object.fromEntries(JKU.inputs.map((field) => [field.name, field.initial]));

afterEach(() => vi.restoreAllMocks());

describe('JKU.run', () => {
  it('names the attacker’s URL and kid in the header, and fetches nothing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const result = await JKU.run(initial, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    expect(decodeProtectedHeader(result.value.forgedToken)).toMatchObject({
      jku: initial['jku'],
      kid: 'attacker-key',
    });
    expect(result.value.steps.join(' ')).toContain('Nothing is fetched');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it.each([
    ['the service’s own kid', 'server-1', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
    ['no kid at all', '', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'],
    ['another kid', 'k9', 'ERR_JWKS_NO_MATCHING_KEY'],
  ])('with %s the naive verifier still accepts, and jose refuses with %s', async (_name, kid, code) => {
    const result = await JKU.run({ ...initial, kid }, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.naive.state).toBe('accepted');
    expect(result.value.hardened).toMatchObject({ state: 'refused', code });
  });

  it('fails at the naive verifier too when the attacker names the service’s own URL, where they cannot publish', async () => {
    const result = await JKU.run({ ...initial, jku: OWN_JWKS_URL }, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.naive).toMatchObject({ state: 'refused', code: 'KEY_NOT_FOUND' });
    expect(result.value.hardened.state).toBe('refused');
  });

  it.each([
    ['not a URL', 'attacker.example/jwks.json'],
    ['not http(s)', 'ftp://attacker.example/jwks.json'],
    ['empty', '  '],
  ])('returns ATTACK_INPUT_INVALID on "jku" when it is %s', async (_name, jku) => {
    const result = await JKU.run({ ...initial, jku }, { nowMs: NOW_MS });
    expect(result).toMatchObject({ ok: false, error: { code: 'ATTACK_INPUT_INVALID', field: 'jku' } });
  });
});
