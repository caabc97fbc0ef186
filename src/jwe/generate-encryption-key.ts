/**
 * A key made on the spot for a JWE algorithm, from the CSPRNG: an AES key or `dir` content key of the
 * exact size, a random password for PBES2, or a key pair (RSA-OAEP 2048, ECDH P-256) as a private JWK
 * named by its RFC 7638 thumbprint — the debugger decrypts with it, the encoder encrypts to its public part.
 */
import type { JWK } from 'jose';
import { bytesToBase64url } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import { formatJwkJson, keyMaterialJwk, publicPartOf } from '@/keys/export-key';
import type { SecretEncoding } from '@/keys/key-types';
import { jwkThumbprint } from '@/keys/thumbprint';
import {
  CEK_BYTES,
  JWE_KEY_ALGORITHM_INFO,
  type JweContentEncryption,
  type JweKeyAlgorithm,
} from './jwe-algorithms';

/** A generated key as the key field shows it. */
export interface FreshEncryptionKey {
  readonly keyText: string;
  readonly encoding: SecretEncoding;
  readonly description: string;
}

const PASSWORD_BYTES = 18;

/** Generates a key that fits `alg` (and, for `dir`, `enc`). */
export async function generateEncryptionKey(
  alg: JweKeyAlgorithm,
  enc: JweContentEncryption,
): Promise<Result<FreshEncryptionKey>> {
  const { need, kekBytes } = JWE_KEY_ALGORITHM_INFO[alg];
  if (need === 'secret') {
    const size = alg === 'dir' ? CEK_BYTES[enc] : (kekBytes ?? 32);
    const text = bytesToBase64url(crypto.getRandomValues(new Uint8Array(size)));
    return ok({ keyText: text, encoding: 'base64url', description: `a random ${size}-byte key (base64url)` });
  }
  if (need === 'password') {
    const text = bytesToBase64url(crypto.getRandomValues(new Uint8Array(PASSWORD_BYTES)));
    return ok({ keyText: text, encoding: 'utf8', description: `a random ${text.length}-character password` });
  }
  try {
    const pair =
      need === 'rsa'
        ? await crypto.subtle.generateKey(
            {
              name: 'RSA-OAEP',
              modulusLength: 2048,
              publicExponent: new Uint8Array([1, 0, 1]),
              hash: 'SHA-256',
            },
            true,
            ['encrypt', 'decrypt'],
          )
        : await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
    const material = keyMaterialJwk((await crypto.subtle.exportKey('jwk', pair.privateKey)) as JWK);
    const kid = await jwkThumbprint(publicPartOf(material));
    const jwk = keyMaterialJwk(material, { use: 'enc', ...(kid.ok && { kid: kid.value }) });
    return ok({
      keyText: formatJwkJson(jwk).trimEnd(),
      encoding: 'utf8',
      description:
        need === 'rsa'
          ? 'a new RSA 2048-bit key pair (private JWK)'
          : 'a new EC P-256 key pair (private JWK)',
    });
  } catch (error) {
    return fail(
      'KEY_UNSUPPORTED',
      'key',
      `This browser could not generate the key: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
}
