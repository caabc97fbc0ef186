import { describe, expect, it } from 'vitest';
import { CROSS_SERVICE } from './cross-service';

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const initial = Object.fromEntries(CROSS_SERVICE.inputs.map((field) => [field.name, field.initial]));

describe('CROSS_SERVICE.run', () => {
  it('refuses A’s token at B on its audience, with jose’s claim error', async () => {
    const result = await CROSS_SERVICE.run(initial, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.hardened.message).toContain('claim "aud"');
  });

  it.each([
    ['B itself', '{"sub": "alice", "role": "admin", "iss": "https://login.example.com", "aud": "service-b"}'],
    [
      'A and B',
      '{"sub": "alice", "role": "admin", "iss": "https://login.example.com", "aud": ["service-a", "service-b"]}',
    ],
  ])(
    'accepts at B a token whose audience names %s: the re-run follows the edited claims',
    async (_name, claims) => {
      const result = await CROSS_SERVICE.run({ ...initial, claims }, { nowMs: NOW_MS });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.naive.state).toBe('accepted');
      expect(result.value.hardened).toMatchObject({ state: 'accepted', code: 'OK' });
    },
  );

  it('returns ATTACK_INPUT_INVALID on expectedAudience when it is blank', async () => {
    const result = await CROSS_SERVICE.run({ ...initial, expectedAudience: '' }, { nowMs: NOW_MS });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'ATTACK_INPUT_INVALID', field: 'expectedAudience' },
    });
  });
});
