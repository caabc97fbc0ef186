/** Human descriptions of parsed keys ("RSA 2048-bit public key (from a PKCS#1 PEM)"). */
import type { JWK } from 'jose';
import type { KeySource } from './key-types';

const ORIGINS: Readonly<Record<KeySource, string>> = {
  secret: '',
  jwk: '',
  jwks: '',
  'pem-spki': '',
  'pem-pkcs1-public': 'from a PKCS#1 PEM',
  'pem-x509': 'from an X.509 certificate',
  'pem-pkcs8': 'from a PKCS#8 private key',
  'pem-pkcs1-private': 'from a PKCS#1 private key',
  'pem-sec1': 'from a SEC1 EC private key',
};

/** The note shown whenever a private key was pasted and only its public half is used. */
export const PRIVATE_KEY_NOTE =
  'A private key was given; only its public part is used to verify. Never paste a production private key into a web page.';

/** Describes a public JWK or an HMAC secret; `bits` is the RSA modulus or secret size. */
export function describeKey(
  jwk: JWK,
  bits: number | undefined,
  source: KeySource,
  fromPrivate = false,
): string {
  const origin = source === 'jwk' && fromPrivate ? 'from a private JWK' : ORIGINS[source];
  const base = describeBase(jwk, bits);
  return origin === '' ? base : `${base} (${origin})`;
}

function describeBase(jwk: JWK, bits: number | undefined): string {
  switch (jwk.kty) {
    case 'RSA':
      return `RSA ${bits ?? '?'}-bit public key`;
    case 'EC':
      return `EC ${jwk.crv ?? '?'} public key`;
    case 'OKP':
      return `${jwk.crv ?? 'OKP'} public key`;
    case 'oct':
      return `${(bits ?? 0) / 8}-byte HMAC secret (${bits ?? 0} bits)`;
    default:
      return `${jwk.kty ?? 'unknown'} key`;
  }
}
