import { EncryptJWT, SignJWT, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { decryptHardened, keysByKid, verifyHardened } from './hardened-verifier';

const NOW_MS = Date.UTC(2025, 5, 1, 12, 0, 0);
const NOW_S = NOW_MS / 1000;
const ISS = 'https://login.example.com';
const AUD = 'api.example.com';
const SECRET = new Uint8Array(32).fill(7);
const POLICY = { key: SECRET, algorithms: ['HS256'] as const, issuer: ISS, audience: AUD, nowMs: NOW_MS };

function token(
  claims: Record<string, unknown>,
  header: Record<string, unknown> = {},
  key: Uint8Array = SECRET,
) {
  return new SignJWT({ iss: ISS, aud: AUD, exp: NOW_S + 60, ...claims })
    .setProtectedHeader({ alg: 'HS256', ...header })
    .sign(key);
}

describe('verifyHardened', () => {
  it('accepts a genuine token and hands over its claims', async () => {
    const verdict = await verifyHardened(await token({ sub: 'alice' }), POLICY);
    expect(verdict).toMatchObject({ state: 'accepted', code: 'OK', claims: { sub: 'alice', iss: ISS } });
  });

  it.each([
    ['expired', { exp: NOW_S - 1 }, 'ERR_JWT_EXPIRED', '"exp"'],
    ['not yet valid', { nbf: NOW_S + 60 }, 'ERR_JWT_CLAIM_VALIDATION_FAILED', '"nbf"'],
    ['for another audience', { aud: 'other' }, 'ERR_JWT_CLAIM_VALIDATION_FAILED', '"aud"'],
    ['from another issuer', { iss: 'https://evil.example' }, 'ERR_JWT_CLAIM_VALIDATION_FAILED', '"iss"'],
    ['without exp', { exp: undefined }, 'ERR_JWT_CLAIM_VALIDATION_FAILED', '"exp"'],
  ])('refuses a token %s with jose’s %s', async (_name, claims, code, claim) => {
    const verdict = await verifyHardened(await token(claims), POLICY);
    expect(verdict).toMatchObject({ state: 'refused', code });
    expect(verdict.message).toContain(claim);
    expect(verdict.claims).toBeUndefined();
  });

  it('refuses a token signed with another key', async () => {
    const verdict = await verifyHardened(await token({}, {}, new Uint8Array(32)), POLICY);
    expect(verdict).toMatchObject({ state: 'refused', code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  });

  it('refuses an algorithm it does not allow, even with a usable key', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const es256 = await new SignJWT({ iss: ISS, aud: AUD, exp: NOW_S + 60 })
      .setProtectedHeader({ alg: 'ES256' })
      .sign(privateKey);
    const verdict = await verifyHardened(es256, { ...POLICY, key: publicKey, algorithms: ['ES384'] });
    expect(verdict).toMatchObject({ state: 'refused', code: 'ERR_JOSE_ALG_NOT_ALLOWED' });
  });

  it('refuses a malformed token with jose’s own code', async () => {
    expect(await verifyHardened('not.a.token', POLICY)).toMatchObject({
      state: 'refused',
      code: 'ERR_JWS_INVALID',
    });
  });
});

describe('keysByKid', () => {
  const keys = keysByKid(new Map([['k2', SECRET]]));

  it('finds a key by its exact kid', async () => {
    expect(await verifyHardened(await token({}, { kid: 'k2' }), { ...POLICY, key: keys })).toMatchObject({
      state: 'accepted',
    });
  });

  it.each([['k1'], ['K2'], ['k2 '], ['../k2'], [undefined]])('matches no key for kid %j', async (kid) => {
    const verdict = await verifyHardened(await token({}, kid === undefined ? {} : { kid }), {
      ...POLICY,
      key: keys,
    });
    expect(verdict).toMatchObject({ state: 'refused', code: 'ERR_JWKS_NO_MATCHING_KEY' });
  });
});

describe('decryptHardened', () => {
  const policy = { key: SECRET, issuer: ISS, audience: AUD, nowMs: NOW_MS };
  const jwe = (claims: Record<string, unknown>) =>
    new EncryptJWT({ iss: ISS, aud: AUD, exp: NOW_S + 60, ...claims })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .encrypt(SECRET);

  it('accepts a JWE for this service and hands over its claims', async () => {
    expect(await decryptHardened(await jwe({ email: 'a@example.com' }), policy)).toMatchObject({
      state: 'accepted',
      claims: { email: 'a@example.com' },
    });
  });

  it('refuses a readable JWS with ERR_JWE_INVALID', async () => {
    expect(await decryptHardened(await token({}), policy)).toMatchObject({
      state: 'refused',
      code: 'ERR_JWE_INVALID',
    });
  });

  it('checks the claims of a JWE too', async () => {
    expect(await decryptHardened(await jwe({ aud: 'other' }), policy)).toMatchObject({
      state: 'refused',
      code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
    });
  });
});
