/**
 * The verification-key field: a PEM, a JWK, a JWKS or an HMAC secret, told apart by their shape.
 * Every outcome of user input is a `Result`; nothing here throws on any text. The PEM and JSON
 * readers load on first use: a page that only ever sees HMAC secrets never downloads them.
 */
import { bytesToBase64url } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import { describeKey } from './describe-key';
import type { ParsedKey, SecretEncoding } from './key-types';
import { looksLikePem } from './pem-shape';
import { decodeSecret, trimSecretText } from './secret';

const SSH_PUBLIC_KEY_RE = /^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp\d+) AAAA/;

/** Parses whatever the user pasted as a verification key. */
export async function parseKey(text: string, encoding: SecretEncoding): Promise<Result<ParsedKey>> {
  const trimmed = text.trim();
  if (trimmed === '')
    return fail('KEY_EMPTY', 'key', 'The key field is empty. Paste a secret, a PEM, a JWK or a JWKS.');
  if (looksLikePem(trimmed)) return (await import('./parse-pem-key')).parsePemKey(trimmed);
  if (trimmed.startsWith('{')) return (await import('./parse-key-json')).parseKeyJson(trimmed);
  if (SSH_PUBLIC_KEY_RE.test(trimmed)) {
    return fail(
      'KEY_UNSUPPORTED',
      'key',
      'This is an OpenSSH public key. Convert it to PEM first: `ssh-keygen -e -m PKCS8 -f key.pub`.',
    );
  }
  if (trimmed.startsWith('[')) {
    const array = (await import('./parse-key-json')).readJsonArrayAsKey(trimmed);
    if (array) return array;
  }
  return parseSecret(text, encoding);
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
