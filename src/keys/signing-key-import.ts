/**
 * Turning private key material into a `SigningKey` by way of WebCrypto: importing checks that the
 * numbers are a real key (and that public and private halves match), and exporting as JWK gives
 * every member, the RSA CRT values included, in one normalised form.
 */
import type { JWK } from 'jose';
import { base64urlToBytes } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import { keyMaterialJwk, publicPartOf, type JwkMetadata } from './export-key';
import type { NamedCurve } from './oids';
import { bitLength } from './public-jwk';
import type { SigningKey } from './signing-key';

/** The asymmetric key types that sign JWS. */
export type PrivateKeyType =
  | { readonly kty: 'RSA' }
  | { readonly kty: 'EC'; readonly crv: NamedCurve }
  | { readonly kty: 'OKP'; readonly crv: 'Ed25519' };

/** What the user is told when they give a public key where a signing key is needed. */
export const PUBLIC_KEY_MESSAGE =
  'This is a public key: it can verify signatures but not make them. Signing needs the private key (or, for HS*, the shared secret).';

/** The error for a public key in the signing-key field. */
export function publicKeyGiven(): Result<never> {
  return fail('KEY_INVALID', 'key', PUBLIC_KEY_MESSAGE);
}

// The RSA hash only labels the CryptoKey; the exported material suits every RS* and PS* algorithm.
function importAlgorithm(type: PrivateKeyType): RsaHashedImportParams | EcKeyImportParams | Algorithm {
  if (type.kty === 'RSA') return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  if (type.kty === 'EC') return { name: 'ECDSA', namedCurve: type.crv };
  return { name: 'Ed25519' };
}

function describeType(type: PrivateKeyType, bits: number | undefined): string {
  if (type.kty === 'RSA') return `RSA ${bits ?? '?'}-bit`;
  return type.kty === 'EC' ? `EC ${type.crv}` : type.crv;
}

/** Imports PKCS#8 DER (or a clean private JWK) and builds the signing key; `origin` ends the description. */
export async function importPrivateKey(
  input: { readonly pkcs8: Uint8Array } | { readonly jwk: JWK },
  type: PrivateKeyType,
  origin: string,
  metadata: JwkMetadata = {},
): Promise<Result<SigningKey>> {
  const algorithm = importAlgorithm(type);
  let jwk: JWK;
  try {
    const key =
      'pkcs8' in input
        ? await crypto.subtle.importKey('pkcs8', new Uint8Array(input.pkcs8), algorithm, true, ['sign'])
        : await crypto.subtle.importKey('jwk', input.jwk as JsonWebKey, algorithm, true, ['sign']);
    jwk = keyMaterialJwk((await crypto.subtle.exportKey('jwk', key)) as JWK, metadata);
    if (!(await halvesMatch(key, jwk, algorithm))) return importFailed(null, type);
  } catch (error) {
    return importFailed(error, type);
  }
  const n = jwk.n === undefined ? null : base64urlToBytes(jwk.n);
  const bits = n ? bitLength(n) : undefined;
  return ok({
    kind: 'private',
    jwk,
    publicJwk: publicPartOf(jwk),
    description: `${describeType(type, bits)} private key (${origin})`,
    ...(metadata.kid !== undefined && { kid: metadata.kid }),
    ...(bits !== undefined && { bits }),
  });
}

/**
 * Signs once and verifies with the public half. WebCrypto does not check that an RSA key's `d`
 * belongs to its `n`; a mismatched key would sign tokens that can never verify.
 */
async function halvesMatch(
  privateKey: CryptoKey,
  jwk: JWK,
  algorithm: RsaHashedImportParams | EcKeyImportParams | Algorithm,
): Promise<boolean> {
  // Material only: a JWK `alg` or `use` would make WebCrypto refuse the import for this algorithm.
  const publicMaterial = keyMaterialJwk(publicPartOf(jwk)) as JsonWebKey;
  const publicKey = await crypto.subtle.importKey('jwk', publicMaterial, algorithm, false, ['verify']);
  const params = algorithm.name === 'ECDSA' ? { name: 'ECDSA', hash: 'SHA-256' } : algorithm;
  const data = new TextEncoder().encode('jwt-lab key check');
  const signature = await crypto.subtle.sign(params, privateKey, data);
  return crypto.subtle.verify(params, publicKey, signature, data);
}

function importFailed(error: unknown, type: PrivateKeyType): Result<never> {
  const kind = describeType(type, undefined).replace(/ \?-bit$/, '');
  if (error instanceof Error && error.name === 'NotSupportedError') {
    return fail(
      'KEY_UNSUPPORTED',
      'key',
      `This browser's WebCrypto cannot sign with ${kind} keys. Try a current browser, or another key type.`,
    );
  }
  return fail(
    'KEY_INVALID',
    'key',
    `This ${kind} private key could not be loaded: its numbers do not form a valid key (a value is damaged, or the private and public parts do not match). Copy the key again in full.`,
  );
}
