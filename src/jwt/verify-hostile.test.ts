import { describe, expect, it } from 'vitest';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { GeneralSign, importJWK } from 'jose';
import { decodeToken } from './decode';
import { MAX_JSON_DEPTH } from './decode-parts';
import { FALLBACK_LIMIT } from './verify-candidates';
import { verifyToken } from './verify';

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const hs256 = (payload: string, secret = 'a-throwaway-secret-for-tests-only-32b') => {
  const input = `${b64('{"alg":"HS256"}')}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};

describe('decodeToken: nesting depth', () => {
  it.each([
    ['payload', (deep: string) => hs256(`{"a":${deep}}`)],
    ['header', (deep: string) => `${b64(`{"alg":"HS256","x":${deep}}`)}.${b64('{}')}.c2ln`],
  ])('refuses a %s nested 5,000 levels deep with an error beside it, without recursing', (part, make) => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const decoded = decodeToken(make(deep));
    expect(decoded.errors).toContainEqual(expect.objectContaining({ code: 'JSON_TOO_DEEP', field: part }));
  });

  it(`accepts ${MAX_JSON_DEPTH} levels`, () => {
    const deep = '['.repeat(MAX_JSON_DEPTH - 1) + ']'.repeat(MAX_JSON_DEPTH - 1);
    const decoded = decodeToken(hs256(`{"a":${deep}}`));
    expect(decoded.errors).toEqual([]);
    expect(decoded.payload?.isJson).toBe(true);
  });
});

describe('verifyToken: large key sets', () => {
  it(`tries at most ${FALLBACK_LIMIT} keys of a set when the token's kid names none of them`, async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' });
    const keys = Array.from({ length: 200 }, (_, i) => ({ ...other, kid: `k${i}`, alg: 'RS256' }));
    const input = `${b64('{"alg":"RS256","kid":"unknown"}')}.${b64('{"sub":"x"}')}`;
    const token = `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
    const started = performance.now();
    const result = await verifyToken(decodeToken(token), {
      keyText: JSON.stringify({ keys }),
      encoding: 'utf8',
    });
    expect(result.state).toBe('invalid');
    expect(result.error?.message).toMatch(/tried the first 25 of the 200 suitable keys/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('verifyToken: several signatures', () => {
  it('names the signature that verified, and judges each one on its own', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const jws = await new GeneralSign(new TextEncoder().encode('{"sub":"x"}'))
      .addSignature(await importJWK(rsa.privateKey.export({ format: 'jwk' }), 'RS256'))
      .setProtectedHeader({ alg: 'RS256', kid: 'rsa' })
      .addSignature(await importJWK(ec.privateKey.export({ format: 'jwk' }), 'ES256'))
      .setProtectedHeader({ alg: 'ES256', kid: 'ec' })
      .sign();
    const keyText = JSON.stringify({ ...ec.publicKey.export({ format: 'jwk' }), kid: 'ec' });
    const result = await verifyToken(decodeToken(JSON.stringify(jws)), { keyText, encoding: 'utf8' });
    expect(result).toMatchObject({ state: 'verified', alg: 'ES256', signatureIndex: 1 });
    expect(result.signatureVerdicts?.map((verdict) => verdict.verified)).toEqual([false, true]);
    expect(result.signatureVerdicts?.[0]?.reason).toMatch(/RS256/);
  });
});
