/**
 * Bringing private keys to PKCS#8, the one private format WebCrypto imports: the wrapper and the
 * AlgorithmIdentifiers for RSA and EC, and the reading of a SEC1 ECPrivateKey's curve, shared by the
 * signing, decryption and public-part readers.
 */
import { fail, ok, type Result } from '@/core/errors';
import { encodeElement, encodeOid } from './der-write';
import {
  childrenOf,
  contextTag,
  readOctetString,
  readOid,
  readOnly,
  readSmallInteger,
  TAG,
  type DerElement,
} from './der';
import { CURVES, OID, type NamedCurve } from './oids';
import { malformedDer, unsupportedOid } from './public-jwk';

/** PrivateKeyInfo v0 (RFC 5958 §2) around a key in its algorithm's own format. */
export const wrapPkcs8 = (algorithmIdentifier: Uint8Array, privateKey: Uint8Array): Uint8Array =>
  encodeElement(
    TAG.SEQUENCE,
    encodeElement(TAG.INTEGER, new Uint8Array([0])),
    algorithmIdentifier,
    encodeElement(TAG.OCTET_STRING, privateKey),
  );

/** The rsaEncryption AlgorithmIdentifier. */
export const rsaAlgorithm = (): Uint8Array =>
  encodeElement(TAG.SEQUENCE, encodeOid(OID.rsaEncryption), encodeElement(TAG.NULL));

/** The id-ecPublicKey AlgorithmIdentifier for a named curve. */
export const ecAlgorithm = (curve: string): Uint8Array =>
  encodeElement(TAG.SEQUENCE, encodeOid(OID.ecPublicKey), encodeOid(curve));

/** A SEC1 ECPrivateKey's fields and its curve. */
export interface Sec1Key {
  readonly fields: readonly DerElement[];
  readonly curveOid: string;
  readonly crv: NamedCurve;
}

/** Reads a SEC1 ECPrivateKey (RFC 5915); `outerCurve` is the curve named by an enclosing PKCS#8. */
export function readSec1(der: Uint8Array, outerCurve: string | undefined): Result<Sec1Key> {
  const fields = childrenOf(readOnly(der, TAG.SEQUENCE) ?? undefined);
  if (!fields || readSmallInteger(fields[0]) !== 1 || !readOctetString(fields[1]))
    return malformedDer('EC private key');
  const params = fields.find((field) => field.tag === contextTag(0));
  const curveOid = outerCurve ?? readOid(childrenOf(params, contextTag(0))?.[0]);
  if (!curveOid) return fail('KEY_INVALID', 'key', 'This EC private key does not name its curve.');
  const curve = Object.hasOwn(CURVES, curveOid) ? CURVES[curveOid] : undefined;
  if (!curve) return unsupportedOid(curveOid);
  return ok({ fields, curveOid, crv: curve.crv });
}
