import { compactVerify, decodeProtectedHeader, generateKeyPair } from 'jose';
import { describe, expect, it } from 'vitest';
import { hmacSha2 } from '@/audit/hmac-sha2';
import { base64urlToBytes, utf8ToBytes } from '@/encoding/base64';
import { readChoice, readClaims, runClock, signCompact, withLifetime } from './attack-kit';

describe('readClaims', () => {
  it('reads a JSON object', () => {
    expect(readClaims({ claims: '{"sub": "alice"}' })).toEqual({ ok: true, value: { sub: 'alice' } });
  });

  it.each([['not json'], ['[]'], ['"text"'], ['null'], ['42'], [' ']])(
    'returns PAYLOAD_NOT_JSON on "claims" for %j',
    (claims) => {
      expect(readClaims({ claims })).toMatchObject({
        ok: false,
        error: { code: 'PAYLOAD_NOT_JSON', field: 'claims' },
      });
    },
  );

  it('treats a missing input as empty', () => {
    expect(readClaims({})).toMatchObject({ ok: false, error: { field: 'claims' } });
  });
});

describe('readChoice', () => {
  it('accepts exactly one of the options, letter case included', () => {
    expect(readChoice({ alg: 'nOnE' }, 'alg', ['none', 'nOnE'])).toEqual({ ok: true, value: 'nOnE' });
    expect(readChoice({ alg: 'NoNe' }, 'alg', ['none', 'nOnE'])).toMatchObject({
      ok: false,
      error: { code: 'ATTACK_INPUT_INVALID', field: 'alg' },
    });
  });
});

describe('withLifetime', () => {
  it.each([
    [{}, { iat: 1000, exp: 4600 }],
    [{ exp: 5 }, { iat: 1000, exp: 5 }],
    [
      { iat: 7, exp: null },
      { iat: 7, exp: null },
    ],
  ])('stamps %j as %j at t = 1000', (claims, expected) => {
    expect(withLifetime(claims, 1000)).toEqual(expected);
  });
});

describe('runClock', () => {
  it('takes the page’s moment when given', () => {
    expect(runClock({ nowMs: 1_700_000_000_999 })).toEqual({ nowMs: 1_700_000_000_999, nowS: 1_700_000_000 });
  });
});

describe('signCompact', () => {
  it.each(['HS256', 'HS384', 'HS512'] as const)('signs %s that jose verifies', async (alg) => {
    const key = utf8ToBytes('k');
    const token = await signCompact({ alg, kid: 'x' }, { sub: 'a' }, key);
    expect(decodeProtectedHeader(token)).toEqual({ alg, kid: 'x' });
    await expect(compactVerify(token, key, { algorithms: [alg] })).resolves.toBeDefined();
  });

  it('signs with an empty HMAC key, which WebCrypto cannot import', async () => {
    const token = await signCompact({ alg: 'HS256' }, {}, new Uint8Array(0));
    const [h, p, s] = token.split('.');
    expect(base64urlToBytes(s ?? '')).toEqual(hmacSha2('HS256', new Uint8Array(0), utf8ToBytes(`${h}.${p}`)));
  });

  it('signs with a key pair through jose', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const token = await signCompact({ alg: 'ES256' }, { sub: 'a' }, privateKey);
    await expect(compactVerify(token, publicKey, { algorithms: ['ES256'] })).resolves.toBeDefined();
  });
});
