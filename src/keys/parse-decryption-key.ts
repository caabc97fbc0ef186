/**
 * The key field when the token is a JWE: a secret or password in any encoding, a private key as PEM
 * or JWK, or a JWKS. Private members are kept (decryption needs them); public keys are kept as such
 * so that the verdict can say why they cannot decrypt. Nothing here throws on any text; the PEM and
 * JSON readers load on first use.
 */
import { bytesToBase64url } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import type { ParsedDecryptionKey } from './decryption-key';
import type { SecretEncoding } from './key-types';
import { looksLikePem } from './pem-shape';
import { decodeSecret } from './secret';

const SSH_PUBLIC_KEY_RE = /^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp\d+) AAAA/;

/** Parses whatever the user pasted as a JWE decryption key (or, for PBES2, a password). */
export async function parseDecryptionKey(
  text: string,
  encoding: SecretEncoding,
): Promise<Result<ParsedDecryptionKey>> {
  const trimmed = text.trim();
  if (trimmed === '')
    return fail(
      'KEY_EMPTY',
      'key',
      'The key field is empty. Paste the secret, the password, a private key (PEM or JWK) or a JWKS.',
    );
  if (looksLikePem(trimmed)) return (await import('./parse-decryption-pem')).parseDecryptionPem(trimmed);
  if (trimmed.startsWith('{')) return (await import('./parse-decryption-jwk')).parseDecryptionJson(trimmed);
  if (SSH_PUBLIC_KEY_RE.test(trimmed))
    return fail(
      'KEY_NOT_PRIVATE',
      'key',
      'This is an OpenSSH public key: a public key encrypts, and decrypting needs the private key.',
    );
  if (trimmed.startsWith('[') && (await import('./json-error')).locateJsonError(trimmed) === null)
    return fail(
      'KEY_INVALID',
      'key',
      'This is a JSON array. A JWKS is an object: wrap the keys as {"keys": [ … ]}.',
    );
  const bytes = decodeSecret(text, encoding);
  if (!bytes.ok) return bytes;
  const size = bytes.value.length;
  return ok({
    source: 'secret',
    candidates: [
      {
        kind: 'secret',
        jwk: { kty: 'oct', k: bytesToBase64url(bytes.value) },
        description: `${size}-byte secret (${size * 8} bits)`,
        bits: size * 8,
      },
    ],
    secret: { encoding, bytes: bytes.value },
    notes: [],
  });
}
