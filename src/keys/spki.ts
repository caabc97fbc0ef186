/** Public keys in DER: SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) and PKCS#1 RSAPublicKey (RFC 8017 A.1.1). */
import { fail, type Result } from '@/core/errors';
import {
  childrenOf,
  readBitString,
  readOid,
  readOnly,
  readUnsignedInteger,
  TAG,
  type DerElement,
} from './der';
import { OID } from './oids';
import {
  ecPublicJwk,
  ed25519PublicJwk,
  malformedDer,
  rsaPublicJwk,
  unsupportedOid,
  type PublicKeyInfo,
} from './public-jwk';

const PSS_NOTE =
  'This RSA key is marked RSASSA-PSS only (its OID is id-RSASSA-PSS): use it with PS256/PS384/PS512.';

/** Reads a PKCS#1 RSAPublicKey (`SEQUENCE { n, e }`). */
export function jwkFromPkcs1Public(der: Uint8Array): Result<PublicKeyInfo> {
  const fields = childrenOf(readOnly(der, TAG.SEQUENCE) ?? undefined);
  const n = readUnsignedInteger(fields?.[0]);
  const e = readUnsignedInteger(fields?.[1]);
  if (!fields || fields.length !== 2 || !n || !e) return malformedDer('PKCS#1 RSA public key');
  return rsaPublicJwk(n, e);
}

/** Reads a DER-encoded SubjectPublicKeyInfo. */
export function jwkFromSpki(der: Uint8Array): Result<PublicKeyInfo> {
  const element = readOnly(der, TAG.SEQUENCE) ?? undefined;
  return element ? jwkFromSpkiElement(element) : malformedDer('SubjectPublicKeyInfo');
}

/** Reads a SubjectPublicKeyInfo already located inside a larger structure (a certificate). */
export function jwkFromSpkiElement(element: DerElement): Result<PublicKeyInfo> {
  const fields = childrenOf(element);
  const algorithm = childrenOf(fields?.[0]);
  const oid = readOid(algorithm?.[0]);
  const publicKey = readBitString(fields?.[1]);
  if (!fields || fields.length !== 2 || !algorithm || !oid || !publicKey) {
    return malformedDer('SubjectPublicKeyInfo');
  }
  switch (oid) {
    case OID.rsaEncryption:
      return jwkFromPkcs1Public(publicKey);
    case OID.rsassaPss: {
      const result = jwkFromPkcs1Public(publicKey);
      return result.ok ? { ok: true, value: { ...result.value, notes: [PSS_NOTE] } } : result;
    }
    case OID.ecPublicKey: {
      const curve = readOid(algorithm[1]);
      if (!curve)
        return fail(
          'KEY_INVALID',
          'key',
          'This EC public key does not name its curve (explicit curve parameters are not supported).',
        );
      return ecPublicJwk(curve, publicKey);
    }
    case OID.ed25519:
      return ed25519PublicJwk(publicKey);
    default:
      return unsupportedOid(oid);
  }
}
