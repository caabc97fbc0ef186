/**
 * Private keys in DER, reduced to their public part: PKCS#8 (RFC 5958), PKCS#1 RSAPrivateKey
 * (RFC 8017 A.1.2) and SEC1 ECPrivateKey (RFC 5915). Private members never leave this module.
 */
import type { JWK } from 'jose';
import { fail, ok, type Result } from '@/core/errors';
import {
  childrenOf,
  contextTag,
  readBitString,
  readOctetString,
  readOid,
  readOnly,
  readSmallInteger,
  readUnsignedInteger,
  TAG,
} from './der';
import { OID } from './oids';
import { ecAlgorithm, readSec1, wrapPkcs8 } from './pkcs8-wrap';
import {
  ecPublicJwk,
  ed25519PublicJwk,
  malformedDer,
  rsaPublicJwk,
  unsupportedOid,
  type PublicKeyInfo,
} from './public-jwk';

/** Reads a PKCS#1 RSAPrivateKey; its n and e are the public key. */
export function jwkFromPkcs1Private(der: Uint8Array): Result<PublicKeyInfo> {
  const fields = childrenOf(readOnly(der, TAG.SEQUENCE) ?? undefined);
  const n = readUnsignedInteger(fields?.[1]);
  const e = readUnsignedInteger(fields?.[2]);
  if (!fields || fields.length < 9 || readSmallInteger(fields[0]) === null || !n || !e) {
    return malformedDer('PKCS#1 RSA private key');
  }
  return rsaPublicJwk(n, e);
}

/** Reads a PKCS#8 PrivateKeyInfo / OneAsymmetricKey (RSA, EC or Ed25519). */
export async function jwkFromPkcs8(der: Uint8Array): Promise<Result<PublicKeyInfo>> {
  const fields = childrenOf(readOnly(der, TAG.SEQUENCE) ?? undefined);
  const algorithm = childrenOf(fields?.[1]);
  const oid = readOid(algorithm?.[0]);
  const inner = readOctetString(fields?.[2]);
  if (!fields || readSmallInteger(fields[0]) === null || !algorithm || !oid || !inner) {
    return malformedDer('PKCS#8 private key');
  }
  switch (oid) {
    case OID.rsaEncryption:
    case OID.rsassaPss:
      return jwkFromPkcs1Private(inner);
    case OID.ecPublicKey:
      return jwkFromSec1(inner, readOid(algorithm[1]) ?? undefined);
    case OID.ed25519: {
      // OneAsymmetricKey v2 may carry the public key as [1]; otherwise WebCrypto derives it.
      const embedded = fields.find((field) => field.tag === contextTag(1, false));
      if (embedded) return ed25519PublicJwk(embedded.value.subarray(1));
      const jwk = await derivePublicJwk(der, { name: 'Ed25519' });
      return jwk ? ok({ jwk, notes: [] }) : cannotDerive('Ed25519');
    }
    default:
      return unsupportedOid(oid);
  }
}

/** Reads a SEC1 ECPrivateKey; `outerCurve` is the curve named by an enclosing PKCS#8. */
export async function jwkFromSec1(der: Uint8Array, outerCurve?: string): Promise<Result<PublicKeyInfo>> {
  const sec1 = readSec1(der, outerCurve);
  if (!sec1.ok) return sec1;
  const { fields, curveOid, crv } = sec1.value;
  const publicField = childrenOf(
    fields.find((field) => field.tag === contextTag(1)),
    contextTag(1),
  );
  const point = readBitString(publicField?.[0]);
  if (point) return ecPublicJwk(curveOid, point);
  // No embedded public key: re-wrap as PKCS#8 so WebCrypto can import it and compute the point.
  const jwk = await derivePublicJwk(wrapPkcs8(ecAlgorithm(curveOid), der), {
    name: 'ECDSA',
    namedCurve: crv,
  });
  return jwk ? ok({ jwk, notes: [] }) : cannotDerive(`EC ${crv}`);
}

/** Imports a PKCS#8 key with WebCrypto and exports only its public members. */
async function derivePublicJwk(
  pkcs8: Uint8Array,
  algorithm: Algorithm | EcKeyImportParams,
): Promise<JWK | null> {
  try {
    const key = await crypto.subtle.importKey('pkcs8', new Uint8Array(pkcs8), algorithm, true, ['sign']);
    const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', key);
    return Object.fromEntries(Object.entries({ kty, crv, x, y }).filter(([, value]) => value !== undefined));
  } catch {
    return null;
  }
}

/** The error when this browser's WebCrypto cannot compute a public key from the private one. */
function cannotDerive(kind: string): Result<never> {
  return fail(
    'KEY_UNSUPPORTED',
    'key',
    `This browser could not compute the public key of this ${kind} private key. Paste the public key instead: openssl pkey -in key.pem -pubout`,
  );
}
