import { describe, expect, it } from 'vitest';
import { base64urlToBytes, bytesToBase64url, bytesToHex, utf8ToBytes } from '@/encoding/base64';
import type { SecretEncoding } from '@/keys/key-types';
import type { SigningKey } from '@/keys/signing-key';
import { nodeVerifies, testKeyPair, testSecret, type PairType } from '@/test-support/signing-keys';
import type { JwsAlgorithm } from '@/core/algorithms';
import { decodeToken } from './decode';
import { signToken } from './sign';
import { verifyToken } from './verify';

const NOW = Date.UTC(2026, 0, 1);
const SECRET_BYTES = Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256);
const SECRET_TEXT: Record<Exclude<SecretEncoding, 'base64'>, string> = {
  utf8: 'correct horse battery staple — a long passphrase for HS512: 64+ bytes!',
  base64url: bytesToBase64url(SECRET_BYTES),
  hex: bytesToHex(SECRET_BYTES),
};
const PAYLOAD = '{\n  "sub": "1234567890",\n  "name": "Zoë 🦊 名前",\n  "iat": 1516239022\n}';

interface SignCase {
  readonly alg: JwsAlgorithm;
  readonly format: string;
  readonly key: SigningKey;
  /** Verification key texts, as a user would paste them. */
  readonly verifyWith: readonly { keyText: string; encoding: SecretEncoding }[];
}

const HMAC_CASES: SignCase[] = (['HS256', 'HS384', 'HS512'] as const).flatMap((alg) =>
  (Object.keys(SECRET_TEXT) as (keyof typeof SECRET_TEXT)[]).map((encoding) => ({
    alg,
    format: `${encoding} secret`,
    key: testSecret(SECRET_TEXT[encoding], encoding),
    verifyWith: [{ keyText: SECRET_TEXT[encoding], encoding }],
  })),
);

const PAIR_FOR: Record<Exclude<JwsAlgorithm, 'HS256' | 'HS384' | 'HS512'>, PairType> = {
  RS256: 'rsa-2048',
  RS384: 'rsa-2048',
  RS512: 'rsa-2048',
  PS256: 'rsa-2048',
  PS384: 'rsa-2048',
  PS512: 'rsa-2048',
  ES256: 'p-256',
  ES384: 'p-384',
  ES512: 'p-521',
  EdDSA: 'ed25519',
  Ed25519: 'ed25519',
};

const PAIR_CASES: SignCase[] = Object.entries(PAIR_FOR).map(([alg, type]) => {
  const pair = testKeyPair(type);
  return {
    alg: alg as JwsAlgorithm,
    format: `${type} private JWK`,
    key: pair.signingKey,
    verifyWith: [
      { keyText: JSON.stringify(pair.signingKey.publicJwk), encoding: 'utf8' },
      { keyText: pair.publicPem, encoding: 'utf8' },
    ],
  };
});

describe('signToken', () => {
  it.each([...HMAC_CASES, ...PAIR_CASES].map((c) => [c.alg, c.format, c] as const))(
    'signs %s with a %s so that verifyToken and Node crypto both accept it',
    async (alg, _format, { key, verifyWith }) => {
      const headerText = `{ "alg": "${alg}",\n  "typ": "JWT" }`;
      const result = await signToken({ headerText, payloadText: PAYLOAD, key, alg, allowShortSecret: false });
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      const signed = result.value;
      expect(signed.token).toBe(`${signed.signingInput}.${signed.signatureB64}`);
      expect(signed.signingInput).toBe(`${signed.headerB64}.${signed.payloadB64}`);
      expect(base64urlToBytes(signed.headerB64)).toEqual(utf8ToBytes(headerText));
      expect(base64urlToBytes(signed.payloadB64)).toEqual(utf8ToBytes(PAYLOAD));
      expect(signed.weakKey).toBe(false);
      expect(nodeVerifies(alg, signed.signingInput, signed.signatureB64, key)).toBe(true);
      for (const keyInput of verifyWith) {
        const verdict = await verifyToken(decodeToken(signed.token), {
          ...keyInput,
          nowMs: NOW,
          skewSeconds: 0,
        });
        expect(verdict.state, JSON.stringify(verdict.error)).toBe('verified');
        expect(verdict.alg).toBe(alg);
      }
    },
  );

  it.each([
    ['ES256', 64],
    ['ES384', 96],
    ['ES512', 132],
    ['EdDSA', 64],
  ] as const)('makes %s signatures of %i bytes (r‖s for ECDSA, not DER)', async (alg, length) => {
    const key = testKeyPair(PAIR_FOR[alg]).signingKey;
    const result = await signToken({
      headerText: JSON.stringify({ alg }),
      payloadText: '{}',
      key,
      alg,
      allowShortSecret: false,
    });
    expect(result.ok && base64urlToBytes(result.value.signatureB64)?.length).toBe(length);
  });

  it('signs the header bytes as typed, not re-serialised', async () => {
    const key = testSecret(SECRET_TEXT.hex, 'hex');
    const sign = (headerText: string) =>
      signToken({ headerText, payloadText: '{"a":1}', key, alg: 'HS256', allowShortSecret: false });
    const [a, b] = await Promise.all([sign('{"alg":"HS256"}'), sign('{ "alg" : "HS256" }')]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.value.headerB64).toBe('eyJhbGciOiJIUzI1NiJ9');
    expect(b.value.signatureB64).not.toBe(a.value.signatureB64);
  });

  it('reproduces the RFC 7515 A.1 HS256 signature exactly', async () => {
    // RFC 7515 Appendix A.1: header and payload bytes with CRLF line breaks, and its JWK secret.
    const headerText = '{"typ":"JWT",\r\n "alg":"HS256"}';
    const payloadText = '{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}';
    const k = 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow';
    const result = await signToken({
      headerText,
      payloadText,
      key: testSecret(k, 'base64url'),
      alg: 'HS256',
      allowShortSecret: false,
    });
    expect(result.ok && result.value.token).toBe(
      'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
    );
  });
});
