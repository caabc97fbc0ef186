import { describe, expect, it } from 'vitest';
import { PAYLOAD_IS_PUBLIC } from './payload-is-public';

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const initial = Object.fromEntries(PAYLOAD_IS_PUBLIC.inputs.map((field) => [field.name, field.initial]));

describe('PAYLOAD_IS_PUBLIC.run', () => {
  it('shows the personal claims read without a key, and no registered claim among them', async () => {
    const result = await PAYLOAD_IS_PUBLIC.run(initial, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    const read = result.value.steps.find((step) => step.startsWith('With no key at all'));
    expect(read).toContain('"email": "alice@example.com"');
    expect(read).toContain('"birthdate": "1990-04-01"');
    expect(read).not.toContain('"iss"');
  });

  it('reads a new claim added to the input on the next run', async () => {
    const claims = JSON.stringify({
      sub: 'bob',
      phone: '+1 555 0100',
      aud: 'api.example.com',
      iss: 'https://login.example.com',
    });
    const result = await PAYLOAD_IS_PUBLIC.run({ ...initial, claims }, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.steps.join(' ')).toContain('"phone": "+1 555 0100"');
    expect(result.value.hardened).toMatchObject({ state: 'refused', code: 'ERR_JWE_INVALID' });
  });
});
