import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { KID_INJECTION, SQL_KID_EXAMPLE } from './kid-injection';

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const initial = Object.fromEntries(KID_INJECTION.inputs.map((field) => [field.name, field.initial]));

describe('KID_INJECTION.run', () => {
  it.each([
    ['key files on disk', '../../dev/null', 'read from /dev/null (0 bytes)'],
    ['key files on disk', '../../../../../../dev/null', 'read from /dev/null (0 bytes)'],
    ['key files on disk', './../.././dev/null', 'read from /dev/null (0 bytes)'],
    ['key files on disk', '../../proc/sys/kernel/randomize_va_space', 'randomize_va_space (2 bytes)'],
    ['SQL table', SQL_KID_EXAMPLE, "WHERE kid = 'nothing' UNION SELECT 'attacker-key' --'"],
    ['SQL table', "x' UNION SELECT 'it''s mine';--", "SELECT 'it''s mine'"],
    ['SQL table', "' union select ''--", "union select ''--'"],
    // The server's own closing quote ends the attacker's literal.
    ['SQL table', "x' UNION SELECT 'closed by the server", "SELECT 'closed by the server'"],
  ])(
    '%s, kid %j: the naive verifier takes the attacker’s key, jose finds no such kid',
    async (store, kid, how) => {
      const result = await KID_INJECTION.run({ ...initial, store, kid }, { nowMs: NOW_MS });
      if (!result.ok) throw new Error(result.error.message);
      expect(decodeProtectedHeader(result.value.forgedToken).kid).toBe(kid);
      expect(result.value.naive).toMatchObject({ state: 'accepted', code: 'SIGNATURE_VALID' });
      expect(result.value.naive.message).toContain(how);
      expect(result.value.hardened).toMatchObject({ state: 'refused', code: 'ERR_JWKS_NO_MATCHING_KEY' });
    },
  );

  it.each([
    ['key files on disk', 'secret.key'],
    ['key files on disk', '2024-signing'],
    ['key files on disk', '../../etc/shadow'],
    ['SQL table', '../../dev/null'],
    ['SQL table', "x' OR '1'='1"],
    ['SQL table', '2024-signing'],
    ['SQL table', "x' UNION SELECT --"],
    ['key files on disk', '   '],
  ])(
    '%s, kid %j: returns ATTACK_INPUT_INVALID on "kid" (no key the attacker can know)',
    async (store, kid) => {
      const result = await KID_INJECTION.run({ ...initial, store, kid }, { nowMs: NOW_MS });
      expect(result).toMatchObject({ ok: false, error: { code: 'ATTACK_INPUT_INVALID', field: 'kid' } });
    },
  );

  it('says the store is simulated', async () => {
    const result = await KID_INJECTION.run(initial, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.steps.join(' ')).toContain('simulated in memory');
  });
});
