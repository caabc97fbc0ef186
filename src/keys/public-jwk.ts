/** Builders of public JWKs from raw key material, shared by the PEM/DER readers. */
import type { JWK } from 'jose';
import { bytesToBase64url } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import { CURVES, describeUnsupportedOid } from './oids';

/** A public key read from DER, before it is described for the user. */
export interface PublicKeyInfo {
  readonly jwk: JWK;
  /** RSA modulus size in bits. */
  readonly bits?: number;
  readonly notes: readonly string[];
}

/** Number of significant bits in a big-endian unsigned integer. */
export function bitLength(bytes: Uint8Array): number {
  let start = 0;
  while (start < bytes.length && bytes[start] === 0) start++;
  const first = bytes[start];
  if (first === undefined) return 0;
  return (bytes.length - start - 1) * 8 + (32 - Math.clz32(first));
}

/** The error for DER that does not have the structure its PEM label promises. */
export function malformedDer(what: string): Result<never> {
  return fail(
    'KEY_INVALID',
    'key',
    `The ${what} inside this PEM is truncated or malformed DER. The PEM was probably cut short or edited; copy it again in full.`,
  );
}

/** The error for a recognised algorithm or curve that JWS verification here cannot use. */
export function unsupportedOid(oid: string): Result<never> {
  return fail('KEY_UNSUPPORTED', 'key', `This key cannot be used: ${describeUnsupportedOid(oid)}.`);
}

/** `{ kty: 'RSA', n, e }` from the modulus and exponent (leading zeros already stripped). */
export function rsaPublicJwk(n: Uint8Array, e: Uint8Array): Result<PublicKeyInfo> {
  if (bitLength(n) === 0 || bitLength(e) === 0) return malformedDer('RSA key (zero modulus or exponent)');
  const jwk: JWK = { kty: 'RSA', n: bytesToBase64url(n), e: bytesToBase64url(e) };
  return ok({ jwk, bits: bitLength(n), notes: [] });
}

/** `{ kty: 'EC', crv, x, y }` from a curve OID and an uncompressed SEC1 point (0x04 ‖ x ‖ y). */
export function ecPublicJwk(curveOid: string, point: Uint8Array): Result<PublicKeyInfo> {
  const curve = CURVES[curveOid];
  if (!curve) return unsupportedOid(curveOid);
  if (point[0] === 0x02 || point[0] === 0x03) {
    return fail(
      'KEY_UNSUPPORTED',
      'key',
      'This EC public key uses a compressed point, which JWK cannot carry. Convert it: openssl ec -pubin -in key.pem -conv_form uncompressed -pubout',
    );
  }
  if (point[0] !== 0x04 || point.length !== 1 + 2 * curve.size) {
    return malformedDer(`EC ${curve.crv} public point (expected ${1 + 2 * curve.size} bytes starting 0x04)`);
  }
  const x = bytesToBase64url(point.subarray(1, 1 + curve.size));
  const y = bytesToBase64url(point.subarray(1 + curve.size));
  return ok({ jwk: { kty: 'EC', crv: curve.crv, x, y }, notes: [] });
}

/** `{ kty: 'OKP', crv: 'Ed25519', x }` from the 32-byte public key. */
export function ed25519PublicJwk(x: Uint8Array): Result<PublicKeyInfo> {
  if (x.length !== 32) return malformedDer(`Ed25519 public key (${x.length} bytes, expected 32)`);
  return ok({ jwk: { kty: 'OKP', crv: 'Ed25519', x: bytesToBase64url(x) }, notes: [] });
}
