import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_JWK } from './embedded-jwk';

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const initial = Object.fromEntries(EMBEDDED_JWK.inputs.map((field) => [field.name, field.initial]));

describe('EMBEDDED_JWK.run', () => {
  it('embeds only the public half of the attacker’s key', async () => {
    const result = await EMBEDDED_JWK.run(initial, { nowMs: NOW_MS });
    if (!result.ok) throw new Error(result.error.message);
    const { jwk } = decodeProtectedHeader(result.value.forgedToken);
    expect(jwk).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(jwk).not.toHaveProperty('d');
    expect(result.value.naive.message).toContain('"jwk" header');
  });
});
