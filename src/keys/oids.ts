/** The object identifiers that name key algorithms and curves in SPKI / PKCS#8 / SEC1 structures. */

/** Key algorithm OIDs this module reads. */
export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
} as const;

export type NamedCurve = 'P-256' | 'P-384' | 'P-521';

/** Supported EC curves by OID, with the byte length of one coordinate. */
export const CURVES: Readonly<Record<string, { readonly crv: NamedCurve; readonly size: number }>> = {
  '1.2.840.10045.3.1.7': { crv: 'P-256', size: 32 },
  '1.3.132.0.34': { crv: 'P-384', size: 48 },
  '1.3.132.0.35': { crv: 'P-521', size: 66 },
};

/** Coordinate byte length per supported curve name. */
export const CURVE_SIZES: Readonly<Record<NamedCurve, number>> = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

const CURVE_REASONS = {
  secp256k1: 'the secp256k1 curve (ES256K) is not supported by WebCrypto',
  Ed448: 'Ed448 keys are not supported (WebCrypto cannot verify Ed448 signatures)',
  X25519: 'X25519 is a key-agreement (ECDH) key for JWE, not a signature key',
  X448: 'X448 is a key-agreement (ECDH) key for JWE, not a signature key',
} as const;
/** JWK curve names (`crv`) we recognise but cannot verify JWS with, and why. */
export const UNSUPPORTED_CURVES: Readonly<Record<string, string>> = CURVE_REASONS;

/** OIDs of algorithms and curves we recognise but cannot verify JWS with, and why. */
export const UNSUPPORTED_OIDS: Readonly<Record<string, string>> = {
  '1.3.101.113': CURVE_REASONS.Ed448,
  '1.3.101.110': CURVE_REASONS.X25519,
  '1.3.101.111': CURVE_REASONS.X448,
  '1.3.132.0.10': CURVE_REASONS.secp256k1,
  '1.2.840.10040.4.1': 'DSA keys are not used by JWS',
  '1.2.840.113549.1.3.1': 'Diffie-Hellman keys are not signature keys',
  '1.2.840.10045.3.1.1': 'the P-192 curve is not used by JWS',
  '1.3.132.0.33': 'the P-224 curve is not used by JWS',
  '1.3.36.3.3.2.8.1.1.7': 'Brainpool curves are not used by JWS',
  '1.3.36.3.3.2.8.1.1.11': 'Brainpool curves are not used by JWS',
  '1.3.36.3.3.2.8.1.1.13': 'Brainpool curves are not used by JWS',
};

/** Says why an algorithm or curve OID cannot be used. */
export function describeUnsupportedOid(oid: string): string {
  return UNSUPPORTED_OIDS[oid] ?? `the key algorithm or curve ${oid} is not one JWS uses`;
}
