import { compactVerify, decodeJwt } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { bytesToHex, utf8ToBytes } from '@/encoding/base64';
import { WEAK_SECRET } from './weak-secret';

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const initial = Object.fromEntries(WEAK_SECRET.inputs.map((field) => [field.name, field.initial]));

describe('WEAK_SECRET.run', () => {
  it('without the audit engine, cracks the initial secret with its small list and forges an admin token', async () => {
    const result = await WEAK_SECRET.run(initial, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    const { forgedToken, steps } = result.value;
    await expect(
      compactVerify(forgedToken, utf8ToBytes('your-256-bit-secret'), { algorithms: ['HS256'] }),
    ).resolves.toBeDefined();
    expect(decodeJwt(forgedToken)['role']).toBe('admin');
    expect(steps.join(' ')).toMatch(/small built-in list of \d+ famous secrets/);
    expect(steps.join(' ')).toContain('Found: "your-256-bit-secret"');
  });

  it('uses the page’s crackSecret when given, on the genuine token', async () => {
    const crackSecret = vi.fn(async () => utf8ToBytes('your-256-bit-secret'));
    const signal = new AbortController().signal;
    const result = await WEAK_SECRET.run(initial, { nowMs: NOW_MS, crackSecret, signal });
    if (!result.ok) throw new Error(result.error.message);
    expect(crackSecret).toHaveBeenCalledExactlyOnceWith(result.value.genuineToken, signal);
    expect(decodeJwt(result.value.genuineToken ?? '')['role']).toBe('user');
    expect(result.value.steps.join(' ')).toContain('audit engine');
    expect(result.value.naive.state).toBe('accepted');
  });

  it.each(['secret', 'letmein', 'shhhhh', 'your-512-bit-secret'])(
    'cracks %j with the small list',
    async (key) => {
      const result = await WEAK_SECRET.run({ ...initial, key }, { nowMs: NOW_MS });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.naive.state).toBe('accepted');
      expect(result.value.hardened).toMatchObject({
        state: 'refused',
        code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
      });
    },
  );

  it.each([
    ['a CSPRNG secret the list lacks', bytesToHex(crypto.getRandomValues(new Uint8Array(32))), undefined],
    ['a crack that finds nothing', 'your-256-bit-secret', async () => null],
  ])(
    'with %s the attacker cannot sign: the altered token keeps the old signature and both refuse',
    async (_name, key, crackSecret) => {
      const result = await WEAK_SECRET.run(
        { ...initial, key },
        { nowMs: NOW_MS, ...(crackSecret ? { crackSecret } : {}) },
      );
      if (!result.ok) throw new Error(result.error.message);
      const { forgedToken, genuineToken, naive, hardened } = result.value;
      expect(forgedToken.split('.')[2]).toBe(genuineToken?.split('.')[2]);
      expect(naive).toMatchObject({ state: 'refused', code: 'SIGNATURE_MISMATCH' });
      expect(hardened.state).toBe('refused');
    },
  );

  it('returns KEY_EMPTY on "key" without a secret', async () => {
    const result = await WEAK_SECRET.run({ ...initial, key: '' }, { nowMs: NOW_MS });
    expect(result).toMatchObject({ ok: false, error: { code: 'KEY_EMPTY', field: 'key' } });
  });

  it('stops when the page aborts the run', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      WEAK_SECRET.run(initial, { nowMs: NOW_MS, signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
