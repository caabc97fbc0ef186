import { createECDH, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeElement, encodeOid } from './der-write';
import { jwkFromPkcs1Public, jwkFromSpki } from './spki';
import { jwkFromCertificate } from './x509';

const SEQUENCE = 0x30;
const EC_OID = encodeOid('1.2.840.10045.2.1');
const P256 = encodeOid('1.2.840.10045.3.1.7');
const bitString = (bytes: Uint8Array) => encodeElement(0x03, new Uint8Array([0]), bytes);
const spki = (algorithm: Uint8Array[], key: Uint8Array) =>
  encodeElement(SEQUENCE, encodeElement(SEQUENCE, ...algorithm), bitString(key));

function compressedPoint(): Uint8Array {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return new Uint8Array(ecdh.getPublicKey(null, 'compressed'));
}

describe('jwkFromSpki', () => {
  it('reads an id-RSASSA-PSS key as RSA and notes the restriction', () => {
    const { publicKey } = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
    const result = jwkFromSpki(new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })));
    expect(result.ok && [result.value.jwk.kty, result.value.jwk.e, result.value.bits]).toEqual([
      'RSA',
      'AQAB',
      2048,
    ]);
    expect(result.ok && result.value.notes.join()).toContain('PS256');
  });

  it.each([
    ['a compressed EC point', spki([EC_OID, P256], compressedPoint()), 'KEY_UNSUPPORTED', 'compressed point'],
    [
      'explicit curve parameters',
      spki([EC_OID, encodeElement(0x05)], new Uint8Array(65)),
      'KEY_INVALID',
      'does not name its curve',
    ],
    [
      'an EC point of the wrong length',
      spki([EC_OID, P256], new Uint8Array([4, 1, 2])),
      'KEY_INVALID',
      'expected 65 bytes',
    ],
    [
      'an Ed25519 key of 31 bytes',
      spki([encodeOid('1.3.101.112')], new Uint8Array(31)),
      'KEY_INVALID',
      '31 bytes, expected 32',
    ],
    ['an unknown algorithm', spki([encodeOid('1.2.3.4')], new Uint8Array(4)), 'KEY_UNSUPPORTED', '1.2.3.4'],
    [
      'trailing bytes after the SPKI',
      new Uint8Array([...spki([encodeOid('1.3.101.112')], new Uint8Array(32)), 0]),
      'KEY_INVALID',
      'SubjectPublicKeyInfo',
    ],
  ] as const)('fails on %s', (_name, der, code, message) => {
    const result = jwkFromSpki(der);
    expect(!result.ok && [result.error.code, result.error.field]).toEqual([code, 'key']);
    expect(!result.ok && result.error.message).toContain(message);
  });
});

describe('jwkFromPkcs1Public', () => {
  it('fails with KEY_INVALID on a zero modulus', () => {
    const zero = encodeElement(0x02, new Uint8Array([0]));
    const result = jwkFromPkcs1Public(
      encodeElement(SEQUENCE, zero, encodeElement(0x02, new Uint8Array([3]))),
    );
    expect(!result.ok && [result.error.code, result.error.field]).toEqual(['KEY_INVALID', 'key']);
  });
});

describe('jwkFromCertificate', () => {
  const { publicKey } = generateKeyPairSync('ed25519');
  const key = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }));
  const empty = encodeElement(SEQUENCE);
  const serial = encodeElement(0x02, new Uint8Array([1]));
  const certificate = (tbs: Uint8Array[]) =>
    encodeElement(SEQUENCE, encodeElement(SEQUENCE, ...tbs), empty, bitString(new Uint8Array(1)));

  it('finds the key of a v1 certificate (no [0] version field)', () => {
    const result = jwkFromCertificate(certificate([serial, empty, empty, empty, empty, key]));
    expect(result.ok && result.value.jwk).toEqual(publicKey.export({ format: 'jwk' }));
  });

  it('fails with KEY_INVALID when the TBSCertificate is too short', () => {
    const result = jwkFromCertificate(certificate([serial, empty, empty]));
    expect(!result.ok && [result.error.code, result.error.field]).toEqual(['KEY_INVALID', 'key']);
    expect(!result.ok && result.error.message).toContain('X.509 certificate');
  });
});
