/** A pasted JWK or JWKS read for JWE decryption: private members kept, every usable entry a candidate. */
import type { JWK } from 'jose';
import { base64urlToBytes } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import type { DecryptionCandidate, ParsedDecryptionKey } from './decryption-key';
import { locateJsonError } from './json-error';
import { readJwk } from './parse-jwk';

type JsonObject = Record<string, unknown>;

const NOTE_LIMIT = 10;
const RSA_CRT_MEMBERS = ['p', 'q', 'dp', 'dq', 'qi'];

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads JSON text (trimmed, starting with "{") as one JWK or a JWKS. */
export function parseDecryptionJson(text: string): Result<ParsedDecryptionKey> {
  const problem = locateJsonError(text);
  if (problem)
    return fail(
      'KEY_INVALID',
      'key',
      `This looks like a JWK but is not valid JSON: ${problem.problem} at line ${problem.line}, column ${problem.column}.`,
    );
  const value = JSON.parse(text) as JsonObject;
  if (Object.hasOwn(value, 'keys')) return readSet(value['keys']);
  if (!Object.hasOwn(value, 'kty'))
    return fail(
      'KEY_INVALID',
      'key',
      'This JSON object is neither a JWK (it has no "kty") nor a JWKS (it has no "keys" array).',
    );
  const candidate = readDecryptionJwk(value);
  if (!candidate.ok) return candidate;
  return ok({ source: 'jwk', candidates: [candidate.value], notes: [] });
}

function readSet(keys: unknown): Result<ParsedDecryptionKey> {
  if (!Array.isArray(keys) || keys.length === 0)
    return fail('KEY_INVALID', 'key', 'The "keys" member of this JWKS must be a non-empty array of JWKs.');
  const candidates: DecryptionCandidate[] = [];
  const skipped: string[] = [];
  keys.forEach((entry: unknown, index) => {
    const reading = readDecryptionJwk(entry);
    if (reading.ok) candidates.push(reading.value);
    else skipped.push(`Skipped key ${index + 1}: ${reading.error.message}`);
  });
  if (candidates.length === 0)
    return fail(
      'KEY_INVALID',
      'key',
      `None of the ${keys.length} keys in this JWKS can be used. ${skipped.join(' ')}`,
    );
  const notes = skipped.slice(0, NOTE_LIMIT);
  if (skipped.length > NOTE_LIMIT) notes.push(`Skipped ${skipped.length - NOTE_LIMIT} more keys.`);
  return ok({ source: 'jwks', candidates, notes });
}

/** One JWK as a decryption candidate: a secret, a private key (kept whole) or a public key. */
export function readDecryptionJwk(value: unknown): Result<DecryptionCandidate> {
  if (!isObject(value))
    return fail('KEY_INVALID', 'key', 'A JWK must be a JSON object such as {"kty": "oct", "k": "…"}.');
  const kid = typeof value['kid'] === 'string' ? value['kid'] : undefined;
  const withKid = (candidate: DecryptionCandidate): Result<DecryptionCandidate> =>
    ok(kid === undefined ? candidate : { ...candidate, kid });
  if (value['kty'] === 'OKP' && value['crv'] === 'X25519') {
    const checked = readX25519(value);
    return checked.ok ? withKid(x25519(value)) : checked;
  }
  const reading = readJwk(value);
  if (!reading.ok) return reading;
  const { bits } = reading.value.candidate;
  const jwk = value as JWK;
  if (jwk.kty === 'oct') {
    const size = (bits ?? 0) / 8;
    return withKid({
      kind: 'secret',
      jwk,
      description: `${size}-byte secret (${bits} bits, oct JWK)`,
      ...(bits !== undefined && { bits }),
    });
  }
  if (value['d'] === undefined)
    return withKid({
      kind: 'public',
      jwk,
      description: reading.value.candidate.description,
      ...(bits !== undefined && { bits }),
    });
  const d = privateScalar(value);
  if (!d.ok) return d;
  const missingCrt = RSA_CRT_MEMBERS.filter((name) => typeof value[name] !== 'string');
  if (jwk.kty === 'RSA' && missingCrt.length > 0)
    return fail(
      'KEY_UNSUPPORTED',
      'key',
      `This RSA JWK has "d" but not ${missingCrt.map((name) => `"${name}"`).join(', ')}. WebCrypto cannot decrypt without the CRT values: export the key again with all members, or paste it as PEM.`,
    );
  return withKid({
    kind: 'private',
    jwk,
    description: describePrivate(jwk, bits),
    ...(bits !== undefined && { bits }),
  });
}

function readX25519(value: JsonObject): Result<true> {
  const x = typeof value['x'] === 'string' ? base64urlToBytes(value['x']) : null;
  if (!x || x.length !== 32)
    return fail('KEY_INVALID', 'key', 'The "x" member of this X25519 JWK must be 32 bytes of base64url.');
  if (value['d'] === undefined) return ok(true);
  const d = privateScalar(value);
  return d.ok ? ok(true) : d;
}

function x25519(value: JsonObject): DecryptionCandidate {
  const jwk = value as JWK;
  return value['d'] === undefined
    ? { kind: 'public', jwk, description: 'X25519 public key' }
    : { kind: 'private', jwk, description: 'X25519 private key' };
}

function privateScalar(value: JsonObject): Result<true> {
  const d = value['d'];
  if (typeof d !== 'string' || d === '' || !base64urlToBytes(d))
    return fail(
      'KEY_INVALID',
      'key',
      'The "d" member of this JWK is not base64url (RFC 7515 §2: "-" and "_", no "=" padding).',
    );
  return ok(true);
}

/** "RSA 2048-bit private key", "EC P-256 private key", "Ed25519 private key". */
export function describePrivate(jwk: JWK, bits: number | undefined): string {
  if (jwk.kty === 'RSA') return `RSA ${bits ?? '?'}-bit private key`;
  if (jwk.kty === 'EC') return `EC ${jwk.crv ?? '?'} private key`;
  return `${jwk.crv ?? jwk.kty ?? 'unknown'} private key`;
}
