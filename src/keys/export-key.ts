/**
 * Writing keys out in the formats people paste elsewhere: PKCS#8 / SPKI PEM, pretty JWK and JWKS
 * JSON. Also the JWK hygiene shared by generation and parsing (WebCrypto's extra members removed).
 */
import type { JWK } from 'jose';
import { PRIVATE_MEMBERS } from './parse-jwk';
import { encodePem } from './pem';

/** Key material members, in the order RFC examples write them. */
const MATERIAL_ORDER = ['kty', 'crv', 'n', 'e', 'x', 'y', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'k'];

/** Metadata a user may attach to a key; kept when a key is normalised. */
export interface JwkMetadata {
  readonly kid?: string;
  readonly use?: string;
  readonly alg?: string;
}

/**
 * Key material only, in a stable order. WebCrypto's exports add `key_ops`, `ext` and an `alg` tied
 * to the import algorithm; left in, they make importing the key for another algorithm fail.
 */
export function keyMaterialJwk(jwk: JWK, metadata: JwkMetadata = {}): JWK {
  const source = jwk as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const name of MATERIAL_ORDER) if (typeof source[name] === 'string') out[name] = source[name];
  if (metadata.use !== undefined) out['use'] = metadata.use;
  if (metadata.alg !== undefined) out['alg'] = metadata.alg;
  if (metadata.kid !== undefined) out['kid'] = metadata.kid;
  return out as JWK;
}

/** The public half of a JWK: every member except the private ones. */
export function publicPartOf(jwk: JWK): JWK {
  return Object.fromEntries(Object.entries(jwk).filter(([name]) => !PRIVATE_MEMBERS.includes(name))) as JWK;
}

/** A JWK as pretty-printed JSON (two-space indent, trailing newline), ready to save or copy. */
export function formatJwkJson(jwk: JWK): string {
  return `${JSON.stringify(jwk, null, 2)}\n`;
}

/** A JWK Set `{ "keys": [...] }` (RFC 7517 §5) as pretty-printed JSON. */
export function formatJwksJson(keys: readonly JWK[]): string {
  return `${JSON.stringify({ keys }, null, 2)}\n`;
}

/** A WebCrypto private key as a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----"). */
export async function exportPkcs8Pem(key: CryptoKey): Promise<string> {
  const der = await crypto.subtle.exportKey('pkcs8', key);
  return encodePem('PRIVATE KEY', new Uint8Array(der));
}

/** A WebCrypto public key as an SPKI PEM ("-----BEGIN PUBLIC KEY-----"). */
export async function exportSpkiPem(key: CryptoKey): Promise<string> {
  const der = await crypto.subtle.exportKey('spki', key);
  return encodePem('PUBLIC KEY', new Uint8Array(der));
}
