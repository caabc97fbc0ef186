import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { utf8ToBytes } from '@/encoding/base64';
import { queryKeyNaively, readKeyFileNaively } from './naive-key-lookups';
import {
  naiveDecodeOnly,
  naiveVerifyEcdsaByHand,
  naiveVerifyEmbeddedJwk,
  naiveVerifyJku,
  naiveVerifyKidLookup,
  naiveVerifySignatureOnly,
  naiveVerifyTrustingAlg,
} from './naive-verifiers';
import { REAL_KID, createKeyStore } from './simulated-key-store';

const SECRET = 'a-secret-of-the-naive-server';
const sign = (
  alg: string,
  key: CryptoKey | Uint8Array,
  claims: Record<string, unknown> = { sub: 'alice' },
  header = {},
) => new SignJWT(claims).setProtectedHeader({ alg, ...header }).sign(key);
const tamper = (token: string) => {
  const [h, , s] = token.split('.');
  return `${h}.${btoa('{"sub":"mallory"}').replaceAll('=', '')}.${s}`;
};

describe('the naive verifiers, on honest tokens', () => {
  // They are real verifiers: a genuine token passes, a tampered one fails. Only the attacks get through.
  it('naiveVerifyTrustingAlg checks HS256 with its secret', async () => {
    const genuine = await sign('HS256', utf8ToBytes(SECRET));
    expect(await naiveVerifyTrustingAlg(genuine, SECRET)).toMatchObject({
      state: 'accepted',
      claims: { sub: 'alice' },
    });
    expect(await naiveVerifyTrustingAlg(tamper(genuine), SECRET)).toMatchObject({
      state: 'refused',
      code: 'SIGNATURE_MISMATCH',
    });
    expect(await naiveVerifyTrustingAlg(genuine, 'another secret')).toMatchObject({ state: 'refused' });
  });

  it('naiveVerifyTrustingAlg checks ES256 with its PEM', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const pem = await exportSPKI(publicKey);
    const genuine = await sign('ES256', privateKey);
    expect(await naiveVerifyTrustingAlg(genuine, pem)).toMatchObject({
      state: 'accepted',
      code: 'SIGNATURE_VALID',
    });
    expect(await naiveVerifyTrustingAlg(tamper(genuine), pem)).toMatchObject({
      state: 'refused',
      code: 'SIGNATURE_MISMATCH',
    });
    expect(await naiveVerifyTrustingAlg(genuine, utf8ToBytes(pem))).toMatchObject({
      state: 'refused',
      code: 'KEY_NOT_FOUND',
    });
  });

  it('naiveVerifyEmbeddedJwk and naiveVerifyEcdsaByHand check ES256 with the server’s key', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = await exportJWK(publicKey);
    const genuine = await sign('ES256', privateKey);
    for (const verify of [naiveVerifyEmbeddedJwk, naiveVerifyEcdsaByHand]) {
      expect(await verify(genuine, jwk)).toMatchObject({ state: 'accepted', claims: { sub: 'alice' } });
      expect(await verify(tamper(genuine), jwk)).toMatchObject({
        state: 'refused',
        code: 'SIGNATURE_MISMATCH',
      });
    }
  });

  it('naiveVerifyJku uses its own key set when the token names none, and refuses an unknown URL', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1' }] };
    const web = new Map([['https://own.example/jwks', jwks]]);
    const fetchJwks = (url: string) => web.get(url);
    const genuine = await sign('ES256', privateKey, { sub: 'alice' }, { kid: 'k1' });
    expect(await naiveVerifyJku(genuine, 'https://own.example/jwks', fetchJwks)).toMatchObject({
      state: 'accepted',
    });
    const elsewhere = await sign('ES256', privateKey, {}, { kid: 'k1', jku: 'https://nowhere.example/jwks' });
    expect(await naiveVerifyJku(elsewhere, 'https://own.example/jwks', fetchJwks)).toMatchObject({
      state: 'refused',
      code: 'KEY_NOT_FOUND',
    });
  });

  it.each([
    ['its key file', readKeyFileNaively],
    ['its SQL table', queryKeyNaively],
  ])('naiveVerifyKidLookup finds the real key in %s by its kid', async (_name, lookUp) => {
    const store = createKeyStore(SECRET);
    const genuine = await sign('HS256', utf8ToBytes(SECRET), { sub: 'alice' }, { kid: REAL_KID });
    expect(await naiveVerifyKidLookup(genuine, (kid) => lookUp(store, kid))).toMatchObject({
      state: 'accepted',
    });
    const unknown = await sign('HS256', utf8ToBytes(SECRET), {}, { kid: 'missing' });
    expect(await naiveVerifyKidLookup(unknown, (kid) => lookUp(store, kid))).toMatchObject({
      state: 'refused',
      code: 'KEY_LOOKUP_FAILED',
    });
  });

  it('naiveVerifySignatureOnly refuses another algorithm than its own', async () => {
    const genuine = await sign('HS384', utf8ToBytes(SECRET));
    expect(await naiveVerifySignatureOnly(genuine, utf8ToBytes(SECRET), 'HS256')).toMatchObject({
      state: 'refused',
    });
    expect(await naiveVerifySignatureOnly(genuine, utf8ToBytes(SECRET), 'HS384')).toMatchObject({
      state: 'accepted',
    });
  });
});

describe('the naive verifiers, on malformed tokens', () => {
  it.each([
    ['empty', ''],
    ['two segments', 'eyJhbGciOiJub25lIn0.e30'],
    ['four segments', 'eyJhbGciOiJub25lIn0.e30..'],
    ['a header that is not JSON', 'bm90IGpzb24.e30.'],
    ['a payload that is an array', 'eyJhbGciOiJub25lIn0.WzFd.'],
    ['a signature that is not base64url', 'eyJhbGciOiJub25lIn0.e30.***'],
  ])('refuses %s with TOKEN_MALFORMED', async (_name, token) => {
    expect(await naiveVerifyTrustingAlg(token, SECRET)).toMatchObject({
      state: 'refused',
      code: 'TOKEN_MALFORMED',
    });
    expect(naiveDecodeOnly(token)).toMatchObject({ state: 'refused', code: 'TOKEN_MALFORMED' });
  });
});
