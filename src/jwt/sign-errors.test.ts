import { describe, expect, it } from 'vitest';
import type { SigningKey } from '@/keys/signing-key';
import { testKeyPair, testSecret } from '@/test-support/signing-keys';
import type { JwsAlgorithm } from '@/core/algorithms';
import type { ErrorCode, ErrorField } from '@/core/errors';
import { signToken, type SignTokenInput } from './sign';

const SECRET_32 = testSecret('0123456789abcdef0123456789abcdef', 'utf8');
const rsa = () => testKeyPair('rsa-2048').signingKey;
const p256 = () => testKeyPair('p-256').signingKey;
const ed = () => testKeyPair('ed25519').signingKey;

type InputCase = readonly [name: string, header: string, payload: string, ErrorCode, ErrorField, RegExp];

const H = '{"alg":"HS256"}';
const INPUT_CASES: readonly InputCase[] = [
  ['header not JSON', '{"alg":"HS256"', '{}', 'HEADER_NOT_JSON', 'header', /line 1, column 15/],
  ['header an array', '["HS256"]', '{}', 'HEADER_NOT_OBJECT', 'header', /must be a JSON object/],
  ['header without alg', '{"typ":"JWT"}', '{}', 'ALG_MISSING', 'header', /add "alg": "HS256"/],
  ['header alg differs', '{"alg":"HS384"}', '{}', 'ALG_MISMATCH', 'header', /"HS384" but you chose .* HS256/],
  ['header alg none', '{"alg":"none"}', '{}', 'ALG_MISMATCH', 'header', /"none"/],
  ['header b64 false', '{"alg":"HS256","b64":false}', '{}', 'CRIT_UNSUPPORTED', 'header', /RFC 7797/],
  ['payload not JSON', H, '{\n"sub": 1,\n"x": }', 'PAYLOAD_NOT_JSON', 'payload', /line 3, column 6/],
  ['payload a number', H, '42', 'PAYLOAD_NOT_JSON', 'payload', /claims set must be a JSON object/],
];

type KeyCase = readonly [name: string, JwsAlgorithm, key: () => SigningKey, ErrorCode, RegExp];

const KEY_CASES: readonly KeyCase[] = [
  [
    'ES256 with an RSA key',
    'ES256',
    rsa,
    'KEY_ALG_MISMATCH',
    /^ES256 needs an EC P-256 private key; this is an RSA key\. It can sign RS256/,
  ],
  [
    'ES384 with a P-256 key',
    'ES384',
    p256,
    'KEY_ALG_MISMATCH',
    /^ES384 needs an EC P-384 private key; this is an EC P-256 key\. It can sign ES256\.$/,
  ],
  [
    'EdDSA with a P-256 key',
    'EdDSA',
    p256,
    'KEY_ALG_MISMATCH',
    /^EdDSA needs an Ed25519 private key; this is an EC P-256 key/,
  ],
  [
    'RS256 with a secret',
    'RS256',
    () => SECRET_32,
    'KEY_ALG_MISMATCH',
    /^RS256 needs an RSA private key; this is an HMAC secret\. Choose HS256/,
  ],
  [
    'HS256 with an Ed25519 key',
    'HS256',
    ed,
    'KEY_ALG_MISMATCH',
    /^HS256 needs a shared HMAC secret; this is an Ed25519 private key\. It can sign EdDSA, Ed25519\.$/,
  ],
  [
    'PS256 with a key marked RS256',
    'PS256',
    () => ({ ...rsa(), jwk: { ...rsa().jwk, alg: 'RS256' } }),
    'KEY_ALG_MISMATCH',
    /marked for "RS256".*must not sign PS256/,
  ],
  [
    'a public key only',
    'ES256',
    () => ({ ...p256(), jwk: p256().publicJwk }),
    'KEY_INVALID',
    /needs the private key/,
  ],
  [
    'a corrupted private key',
    'ES256',
    () => ({ ...p256(), jwk: { ...p256().jwk, d: 'AAAA' } }),
    'KEY_INVALID',
    /WebCrypto refused this key for ES256/,
  ],
  [
    'an empty secret',
    'HS256',
    () => ({ ...SECRET_32, bytes: new Uint8Array() }),
    'KEY_EMPTY',
    /secret is empty/,
  ],
  [
    'HS256 with 31 bytes',
    'HS256',
    () => testSecret('x'.repeat(31), 'utf8'),
    'KEY_TOO_SMALL',
    /31 bytes; HS256 needs at least 32 \(256 bits\).*RFC 7518 §3\.2/,
  ],
  ['HS512 with 32 bytes', 'HS512', () => SECRET_32, 'KEY_TOO_SMALL', /32 bytes; HS512 needs at least 64/],
  [
    'RS256 with RSA 1024',
    'RS256',
    () => testKeyPair('rsa-1024').signingKey,
    'KEY_TOO_SMALL',
    /1024 bits; RFC 7518 §3\.3 requires at least 2048/,
  ],
];

async function expectError(input: SignTokenInput, code: ErrorCode, field: ErrorField, message: RegExp) {
  const result = await signToken(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.field).toBe(field);
  expect(result.error.message).toMatch(message);
}

describe('signToken errors', () => {
  it.each(INPUT_CASES)('refuses %s', (_name, headerText, payloadText, code, field, message) =>
    expectError(
      { headerText, payloadText, key: SECRET_32, alg: 'HS256', allowShortSecret: false },
      code,
      field,
      message,
    ),
  );

  it.each(KEY_CASES)('refuses %s', (_name, alg, key, code, message) =>
    expectError(
      { headerText: JSON.stringify({ alg }), payloadText: '{}', key: key(), alg, allowShortSecret: false },
      code,
      'key',
      message,
    ),
  );

  it.each([
    ['HS256', () => testSecret('x'.repeat(31), 'utf8')],
    ['HS512', () => SECRET_32],
    ['RS256', () => testKeyPair('rsa-1024').signingKey],
  ] as const)('signs %s with a too-small key when allowed, and says weakKey', async (alg, key) => {
    const result = await signToken({
      headerText: JSON.stringify({ alg }),
      payloadText: '{}',
      key: key(),
      alg,
      allowShortSecret: true,
    });
    expect(result.ok && result.value.weakKey).toBe(true);
  });

  it('counts a short secret in bytes, not characters', async () => {
    // 16 characters, 32 bytes of UTF-8: long enough for HS256.
    const key = testSecret('éééééééééééééééé', 'utf8');
    const result = await signToken({
      headerText: '{"alg":"HS256"}',
      payloadText: '{}',
      key,
      alg: 'HS256',
      allowShortSecret: false,
    });
    expect(result.ok && result.value.weakKey).toBe(false);
  });
});
