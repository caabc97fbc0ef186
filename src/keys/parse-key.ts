/**
 * The verification-key field: a PEM, a JWK, a JWKS or an HMAC secret, told apart by their shape.
 * Every outcome of user input is a `Result`; nothing here throws on any text.
 */
import { bytesToBase64url } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import { describeKey } from './describe-key';
import { locateJsonError } from './json-error';
import type { ParsedKey, SecretEncoding } from './key-types';
import { looksLikePem } from './pem';
import { readJwk } from './parse-jwk';
import { readJwks } from './parse-jwks';
import { parsePemKey } from './parse-pem-key';
import { decodeSecret, trimSecretText } from './secret';

const SSH_PUBLIC_KEY_RE = /^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp\d+) AAAA/;

/** Parses whatever the user pasted as a verification key. */
export async function parseKey(text: string, encoding: SecretEncoding): Promise<Result<ParsedKey>> {
  const trimmed = text.trim();
  if (trimmed === '')
    return fail('KEY_EMPTY', 'key', 'The key field is empty. Paste a secret, a PEM, a JWK or a JWKS.');
  if (looksLikePem(trimmed)) return parsePemKey(trimmed);
  if (trimmed.startsWith('{')) return parseJson(trimmed);
  if (SSH_PUBLIC_KEY_RE.test(trimmed)) {
    return fail(
      'KEY_UNSUPPORTED',
      'key',
      'This is an OpenSSH public key. Convert it to PEM first: `ssh-keygen -e -m PKCS8 -f key.pub`.',
    );
  }
  if (trimmed.startsWith('[') && locateJsonError(trimmed) === null) {
    return fail(
      'KEY_INVALID',
      'key',
      'This is a JSON array. A JWKS is an object: wrap the keys as {"keys": [ … ]}.',
    );
  }
  return parseSecret(text, encoding);
}

function parseJson(text: string): Result<ParsedKey> {
  const problem = locateJsonError(text);
  if (problem) {
    return fail(
      'KEY_INVALID',
      'key',
      `This looks like a JWK but is not valid JSON: ${problem.problem} at line ${problem.line}, column ${problem.column}.`,
    );
  }
  const value = JSON.parse(text) as Record<string, unknown>;
  if (Object.hasOwn(value, 'keys')) return readJwks(value['keys']);
  if (!Object.hasOwn(value, 'kty')) {
    return fail(
      'KEY_INVALID',
      'key',
      'This JSON object is neither a JWK (it has no "kty") nor a JWKS (it has no "keys" array).',
    );
  }
  const reading = readJwk(value);
  if (!reading.ok) return reading;
  return ok({ source: 'jwk', candidates: [reading.value.candidate], notes: reading.value.notes });
}

function parseSecret(text: string, encoding: SecretEncoding): Result<ParsedKey> {
  const bytes = decodeSecret(text, encoding);
  if (!bytes.ok) return bytes;
  const jwk = { kty: 'oct', k: bytesToBase64url(bytes.value) };
  const bits = bytes.value.length * 8;
  const candidate = { jwk, description: describeKey(jwk, bits, 'secret'), bits, fromPrivate: false };
  return ok({
    source: 'secret',
    candidates: [candidate],
    secret: { encoding, bytes: bytes.value },
    notes: secretNotes(text, encoding),
  });
}

function secretNotes(text: string, encoding: SecretEncoding): string[] {
  if (encoding !== 'utf8') return [];
  const kept = trimSecretText(text);
  const notes: string[] = [];
  if (kept.length < text.length) notes.push('The line break at the end of the secret was removed.');
  if (kept.trim() !== kept)
    notes.push('The secret starts or ends with spaces; as UTF-8 text they are part of the secret.');
  return notes;
}
