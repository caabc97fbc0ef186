import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { CLAIMS_UNCHECKED } from './claims-unchecked';

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const NOW_S = NOW_MS / 1000;
const initial = Object.fromEntries(CLAIMS_UNCHECKED.inputs.map((field) => [field.name, field.initial]));

describe('CLAIMS_UNCHECKED.run', () => {
  it.each([
    ['expired', 'ERR_JWT_EXPIRED', '"exp"', { exp: NOW_S - 3600 }],
    ['wrong audience', 'ERR_JWT_CLAIM_VALIDATION_FAILED', '"aud"', { aud: 'billing.example.com' }],
    [
      'wrong issuer',
      'ERR_JWT_CLAIM_VALIDATION_FAILED',
      '"iss"',
      { iss: 'https://login.staging.example.com' },
    ],
    ['not yet valid', 'ERR_JWT_CLAIM_VALIDATION_FAILED', '"nbf"', { nbf: NOW_S + 3600 }],
  ])(
    'a genuine token that is %s: accepted on its signature alone, refused by jose with %s',
    async (flaw, code, claim, claims) => {
      const result = await CLAIMS_UNCHECKED.run({ ...initial, flaw }, { nowMs: NOW_MS });
      if (!result.ok) throw new Error(result.error.message);
      expect(decodeJwt(result.value.forgedToken)).toMatchObject(claims);
      expect(result.value.naive).toMatchObject({ state: 'accepted', code: 'SIGNATURE_VALID' });
      expect(result.value.hardened).toMatchObject({ state: 'refused', code });
      expect(result.value.hardened.message).toContain(claim);
    },
  );

  it.each([
    ['wrong audience', { expectedAudience: 'billing.example.com' }],
    ['wrong issuer', { expectedIssuer: 'https://login.staging.example.com' }],
  ])(
    're-run with a verifier that expects what a %s token says, the hardened verifier accepts it',
    async (flaw, expected) => {
      const result = await CLAIMS_UNCHECKED.run({ ...initial, flaw, ...expected }, { nowMs: NOW_MS });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.value.hardened).toMatchObject({ state: 'accepted', code: 'OK' });
    },
  );

  it.each(['expectedIssuer', 'expectedAudience'] as const)(
    'returns ATTACK_INPUT_INVALID on %s when it is blank',
    async (field) => {
      const result = await CLAIMS_UNCHECKED.run({ ...initial, [field]: ' ' }, { nowMs: NOW_MS });
      expect(result).toMatchObject({ ok: false, error: { code: 'ATTACK_INPUT_INVALID', field } });
    },
  );
});
