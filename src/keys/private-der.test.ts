import { constants, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeElement, encodeOid } from './der-write';
import { jwkFromPkcs1Private, jwkFromPkcs8, jwkFromSec1 } from './private-der';

const CURVES = [
  ['P-256', '1.2.840.10045.3.1.7'],
  ['P-384', '1.3.132.0.34'],
  ['P-521', '1.3.132.0.35'],
] as const;
const SEQUENCE = 0x30;
const int = (value: number) => encodeElement(0x02, new Uint8Array([value]));
const octets = (bytes: Uint8Array) => encodeElement(0x04, bytes);
const privateBytes = (key: KeyObject, name: string) =>
  Buffer.from(String(key.export({ format: 'jwk' })[name as 'd']), 'base64url');
const publicJwk = (key: KeyObject) => key.export({ format: 'jwk' });

describe('jwkFromSec1', () => {
  it.each(CURVES)('computes the missing public point of a %s key with WebCrypto', async (crv, oid) => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: crv });
    // RFC 5915 makes the public key optional; build such a key: version, d, [0] curve, and no [1].
    const sec1 = encodeElement(
      SEQUENCE,
      int(1),
      octets(privateBytes(privateKey, 'd')),
      encodeElement(0xa0, encodeOid(oid)),
    );
    const result = await jwkFromSec1(sec1);
    expect(result.ok && result.value.jwk).toEqual(publicJwk(publicKey));
  });

  it.each([
    [
      'a wrong version',
      encodeElement(SEQUENCE, int(0), octets(new Uint8Array(32))),
      'KEY_INVALID',
      'truncated or malformed',
    ],
    [
      'no curve',
      encodeElement(SEQUENCE, int(1), octets(new Uint8Array(32))),
      'KEY_INVALID',
      'does not name its curve',
    ],
    [
      'secp256k1',
      encodeElement(
        SEQUENCE,
        int(1),
        octets(new Uint8Array(32)),
        encodeElement(0xa0, encodeOid('1.3.132.0.10')),
      ),
      'KEY_UNSUPPORTED',
      'secp256k1',
    ],
    [
      'a zero scalar',
      encodeElement(
        SEQUENCE,
        int(1),
        octets(new Uint8Array(32)),
        encodeElement(0xa0, encodeOid(CURVES[0][1])),
      ),
      'KEY_UNSUPPORTED',
      'could not compute',
    ],
  ] as const)('fails on %s', async (_name, der, code, message) => {
    const result = await jwkFromSec1(der);
    expect(!result.ok && [result.error.code, result.error.field]).toEqual([code, 'key']);
    expect(!result.ok && result.error.message).toContain(message);
  });
});

describe('jwkFromPkcs8', () => {
  it('uses the public key embedded in a v2 (OneAsymmetricKey) Ed25519 key', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const seed = privateBytes(privateKey, 'd');
    const x = Buffer.from(String(publicJwk(publicKey).x), 'base64url');
    const algorithm = encodeElement(SEQUENCE, encodeOid('1.3.101.112'));
    const embedded = encodeElement(0x81, new Uint8Array([0]), x);
    const der = encodeElement(SEQUENCE, int(1), algorithm, octets(octets(seed)), embedded);
    const result = await jwkFromPkcs8(der);
    expect(result.ok && result.value.jwk).toEqual(publicJwk(publicKey));
  });

  it('computes the public key of a PKCS#8 EC key without one', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    const algorithm = encodeElement(SEQUENCE, encodeOid('1.2.840.10045.2.1'), encodeOid(CURVES[1][1]));
    const sec1 = encodeElement(SEQUENCE, int(1), octets(privateBytes(privateKey, 'd')));
    const result = await jwkFromPkcs8(encodeElement(SEQUENCE, int(0), algorithm, octets(sec1)));
    expect(result.ok && result.value.jwk).toEqual(publicJwk(publicKey));
  });

  it('reads an RSA-PSS private key as an RSA public JWK that verifies its PSS signatures', async () => {
    // Node cannot export RSA-PSS keys as JWK, so the check is a signature Node makes and WebCrypto verifies.
    const { privateKey } = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
    const result = await jwkFromPkcs8(new Uint8Array(privateKey.export({ format: 'der', type: 'pkcs8' })));
    expect(result.ok && result.value.bits).toBe(2048);
    if (!result.ok) return;
    const data = new TextEncoder().encode('payload');
    const signature = sign('sha256', data, {
      key: privateKey,
      padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength: 32,
    });
    const algorithm = { name: 'RSA-PSS', hash: 'SHA-256' };
    const key = await crypto.subtle.importKey('jwk', result.value.jwk, algorithm, false, ['verify']);
    expect(await crypto.subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, key, signature, data)).toBe(true);
  });

  it.each([
    ['an X25519 key', generateKeyPairSync('x25519').privateKey, 'KEY_UNSUPPORTED', 'X25519'],
    ['an Ed448 key', generateKeyPairSync('ed448').privateKey, 'KEY_UNSUPPORTED', 'Ed448'],
  ] as const)('fails on %s', async (_name, key, code, message) => {
    const result = await jwkFromPkcs8(new Uint8Array(key.export({ format: 'der', type: 'pkcs8' })));
    expect(!result.ok && [result.error.code, result.error.field]).toEqual([code, 'key']);
    expect(!result.ok && result.error.message).toContain(message);
  });

  it('fails with KEY_INVALID on an empty sequence', async () => {
    const result = await jwkFromPkcs8(encodeElement(SEQUENCE));
    expect(!result.ok && [result.error.code, result.error.field]).toEqual(['KEY_INVALID', 'key']);
  });
});

describe('jwkFromPkcs1Private', () => {
  it('fails with KEY_INVALID when the nine integers are not all there', () => {
    const result = jwkFromPkcs1Private(encodeElement(SEQUENCE, int(0), int(5), int(3)));
    expect(!result.ok && [result.error.code, result.error.field]).toEqual(['KEY_INVALID', 'key']);
    expect(!result.ok && result.error.message).toContain('PKCS#1 RSA private key');
  });
});
