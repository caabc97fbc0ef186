/**
 * The encoder's key field: an HMAC secret in any encoding, or a private key as PEM (PKCS#8, PKCS#1,
 * SEC1) or JWK. A public key is refused with an explanation, since it cannot sign.
 * Every outcome of user input is a `Result`; nothing here throws on any text.
 */
import { ENCODING_NAMES } from './encoding-names';
import { fail, ok, type Result } from '@/core/errors';
import { locateJsonError } from './json-error';
import type { SecretEncoding } from './key-types';
import { parseSigningJwk } from './parse-signing-jwk';
import { parseSigningPem } from './parse-signing-pem';
import { looksLikePem } from './pem-shape';
import { decodeSecret } from './secret';
import type { SigningKey } from './signing-key';
import { publicKeyGiven } from './signing-key-import';

const SSH_PUBLIC_KEY_RE = /^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp\d+) AAAA/;

/** Parses whatever the user pasted as a signing key. */
export async function parseSigningKey(text: string, encoding: SecretEncoding): Promise<Result<SigningKey>> {
  const trimmed = text.trim();
  if (trimmed === '') {
    return fail(
      'KEY_EMPTY',
      'key',
      'The signing key is empty. Paste an HMAC secret (HS*) or a private key as PEM or JWK (RS*, PS*, ES*, EdDSA).',
    );
  }
  if (looksLikePem(trimmed)) return parseSigningPem(trimmed);
  if (trimmed.startsWith('{')) return parseSigningJwk(trimmed);
  if (SSH_PUBLIC_KEY_RE.test(trimmed)) return publicKeyGiven();
  if (trimmed.startsWith('[') && locateJsonError(trimmed) === null) {
    return fail(
      'KEY_INVALID',
      'key',
      'This is a JSON array. Paste one private JWK, or a JWKS object {"keys": [ … ]}.',
    );
  }
  const bytes = decodeSecret(text, encoding);
  if (!bytes.ok) return bytes;
  const size = bytes.value.length;
  return ok({
    kind: 'secret',
    bytes: bytes.value,
    encoding,
    description: `${size}-byte HMAC secret (${size * 8} bits, read as ${ENCODING_NAMES[encoding]})`,
  });
}
