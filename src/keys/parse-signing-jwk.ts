/** A pasted private JWK (or a JWKS holding one) for signing; oct JWKs are HMAC secrets. */
import type { JWK } from 'jose';
import { base64urlToBytes } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import { keyMaterialJwk, type JwkMetadata } from './export-key';
import { locateJsonError } from './json-error';
import type { NamedCurve } from './oids';
import { PRIVATE_MEMBERS, readJwk } from './parse-jwk';
import type { SigningKey } from './signing-key';
import { importPrivateKey, publicKeyGiven, type PrivateKeyType } from './signing-key-import';

type JsonObject = Record<string, unknown>;

const RSA_CRT_MEMBERS = ['p', 'q', 'dp', 'dq', 'qi'];

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Entries that can sign: a private asymmetric key or a secret. */
const canSign = (value: unknown): boolean =>
  isObject(value) && (value['kty'] === 'oct' || typeof value['d'] === 'string');

/** Reads JSON text (already trimmed, starting with "{") as a signing JWK or a JWKS holding one. */
export async function parseSigningJwk(text: string): Promise<Result<SigningKey>> {
  const problem = locateJsonError(text);
  if (problem) {
    return fail(
      'KEY_INVALID',
      'key',
      `This looks like a JWK but is not valid JSON: ${problem.problem} at line ${problem.line}, column ${problem.column}.`,
    );
  }
  const value = JSON.parse(text) as JsonObject;
  if (Object.hasOwn(value, 'keys')) return fromJwks(value['keys']);
  if (!Object.hasOwn(value, 'kty')) {
    return fail(
      'KEY_INVALID',
      'key',
      'This JSON object is neither a JWK (it has no "kty") nor a JWKS (it has no "keys" array).',
    );
  }
  return fromJwk(value, 'JWK');
}

async function fromJwks(keys: unknown): Promise<Result<SigningKey>> {
  if (!Array.isArray(keys) || keys.length === 0) {
    return fail('KEY_INVALID', 'key', 'The "keys" member of this JWKS must be a non-empty array of JWKs.');
  }
  const index = keys.findIndex(canSign);
  if (index === -1) {
    return keys.some((entry) => readJwk(entry).ok)
      ? publicKeyGiven()
      : fail('KEY_INVALID', 'key', 'None of the entries of this JWKS is a usable JWK.');
  }
  const origin = keys.length === 1 ? 'JWKS' : `key ${index + 1} of ${keys.length} in a JWKS`;
  return fromJwk(keys[index] as JsonObject, origin);
}

async function fromJwk(jwk: JsonObject, origin: string): Promise<Result<SigningKey>> {
  // readJwk checks kty, curve and the public members with precise messages.
  const reading = readJwk(jwk);
  if (!reading.ok) return reading;
  const kty = jwk['kty'];
  if (kty === 'oct') {
    const bytes = base64urlToBytes(String(jwk['k']));
    if (!bytes) throw new Error('readJwk accepted an oct JWK whose k is not base64url');
    const bits = bytes.length * 8;
    return ok({
      kind: 'secret',
      bytes,
      encoding: 'base64url',
      description: `${bytes.length}-byte HMAC secret (${bits} bits, from an oct ${origin})`,
    });
  }
  const d = jwk['d'];
  if (d === undefined) {
    const stray = PRIVATE_MEMBERS.filter((name) => Object.hasOwn(jwk, name));
    if (stray.length === 0) return publicKeyGiven();
    return fail(
      'KEY_INVALID',
      'key',
      `This JWK has ${stray.map((name) => `"${name}"`).join(', ')} but no "d", the private exponent or scalar that signing needs.`,
    );
  }
  if (typeof d !== 'string' || !base64urlToBytes(d) || d === '') {
    return fail(
      'KEY_INVALID',
      'key',
      'The "d" member of this JWK is not base64url (RFC 7515 §2: "-" and "_", no "=" padding).',
    );
  }
  const missingCrt = RSA_CRT_MEMBERS.filter((name) => typeof jwk[name] !== 'string');
  if (kty === 'RSA' && missingCrt.length > 0) {
    return fail(
      'KEY_UNSUPPORTED',
      'key',
      `This RSA JWK has "d" but not ${missingCrt.map((name) => `"${name}"`).join(', ')}. RFC 7518 §6.3.2 lets a JWK leave the CRT values out, but WebCrypto cannot sign without them: export the key again with all members, or paste it as PEM.`,
    );
  }
  // readJwk has already limited kty to RSA, EC or OKP and crv to the curves WebCrypto signs with.
  const type: PrivateKeyType =
    kty === 'RSA'
      ? { kty: 'RSA' }
      : kty === 'EC'
        ? { kty: 'EC', crv: jwk['crv'] as NamedCurve }
        : { kty: 'OKP', crv: 'Ed25519' };
  return importPrivateKey({ jwk: keyMaterialJwk(jwk as JWK) }, type, origin, metadataOf(jwk));
}

function metadataOf(jwk: JsonObject): JwkMetadata {
  const pick = (name: string): string | undefined => (typeof jwk[name] === 'string' ? jwk[name] : undefined);
  const kid = pick('kid');
  const use = pick('use');
  const alg = pick('alg');
  return {
    ...(kid !== undefined && { kid }),
    ...(use !== undefined && { use }),
    ...(alg !== undefined && { alg }),
  };
}
