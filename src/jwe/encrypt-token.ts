/**
 * Encrypting a compact JWE over jose: the plaintext (claims, or a signed token for a nested JWT with
 * `cty: "JWT"`), a key management algorithm and a content encryption, and the key field — a secret, a
 * password, or the recipient's key (a private key's public part is used).
 */
import { CompactEncrypt, type JWK } from 'jose';
import { base64urlToBytes } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import { publicPartOf } from '@/keys/export-key';
import type { SecretEncoding } from '@/keys/key-types';
import { parseDecryptionKey } from '@/keys/parse-decryption-key';
import { aes192Refusal } from './aes192';
import type { JweContentEncryption, JweKeyAlgorithm } from './jwe-algorithms';
import { fromJoseJweError } from './jwe-errors';
import { DEFAULT_P2C_LIMIT, MAX_P2C_LIMIT } from './limits';
import { selectKeys } from './select-key';

/** What to encrypt, how, and with which key. */
export interface EncryptInput {
  readonly plaintext: string;
  readonly alg: JweKeyAlgorithm;
  readonly enc: JweContentEncryption;
  readonly keyText: string;
  readonly encoding: SecretEncoding;
  /** `JWT` when the plaintext is a signed token (a nested JWT, RFC 7519 §5.2). */
  readonly cty?: string;
  /** PBES2 iterations (default `DEFAULT_P2C_LIMIT`, so the debugger's default bound accepts it). */
  readonly p2c?: number;
  /** Compress the plaintext first (`zip: "DEF"`); RFC 8725 §3.6 advises against it. */
  readonly zip?: boolean;
}

/** A compact JWE and what the key field held. */
export interface EncryptedToken {
  readonly token: string;
  readonly header: Readonly<Record<string, unknown>>;
  /** "RSA 2048-bit private key (its public part encrypts)", "32-byte secret". */
  readonly keyDescription: string;
  /** Whether the key field can also decrypt the token (a secret, a password or a private key). */
  readonly canDecrypt: boolean;
}

/** Encrypts `plaintext` as a compact JWE; every problem with the input is a `Result` error. */
export async function encryptToken(input: EncryptInput): Promise<Result<EncryptedToken>> {
  const { alg, enc } = input;
  if (input.keyText.trim() === '')
    return fail('KEY_EMPTY', 'key', `Enter a key for ${alg}, or generate one.`);
  const refusal = await aes192Refusal(alg, enc);
  if (refusal) return { ok: false, error: { ...refusal, field: alg.includes('192') ? 'alg' : 'enc' } };
  const parsed = await parseDecryptionKey(input.keyText, input.encoding);
  if (!parsed.ok) return parsed;
  const selection = selectKeys(alg, enc, {}, parsed.value, 'encrypt');
  if (!selection.ok) return selection;
  const [choice] = selection.value.choices;
  if (!choice) throw new Error('selectKeys returned no choice');
  const { candidate } = choice;
  const p2c = input.p2c ?? DEFAULT_P2C_LIMIT;
  if (alg.startsWith('PBES2') && (!Number.isSafeInteger(p2c) || p2c < 1000 || p2c > MAX_P2C_LIMIT))
    return fail(
      'JWE_P2C_TOO_HIGH',
      'key',
      `The iteration count must be a whole number from 1,000 (RFC 7518 §4.8.1.2) to ${MAX_P2C_LIMIT.toLocaleString('en-US')}.`,
    );
  const header: Record<string, unknown> = {
    alg,
    enc,
    ...(candidate.kid !== undefined && { kid: candidate.kid }),
    ...(input.cty !== undefined && { cty: input.cty }),
    ...(input.zip && { zip: 'DEF' }),
  };
  const key: Uint8Array | JWK =
    candidate.kind === 'secret'
      ? (base64urlToBytes(candidate.jwk.k ?? '') ?? new Uint8Array())
      : encryptionJwk(candidate.jwk);
  try {
    const jwe = new CompactEncrypt(new TextEncoder().encode(input.plaintext)).setProtectedHeader(
      header as { alg: string; enc: string },
    );
    if (alg.startsWith('PBES2')) jwe.setKeyManagementParameters({ p2c });
    const token = await jwe.encrypt(key);
    const fullHeader = JSON.parse(
      new TextDecoder().decode(base64urlToBytes(token.split('.')[0] ?? '') ?? new Uint8Array()),
    ) as Record<string, unknown>;
    return ok({
      token,
      header: fullHeader,
      keyDescription:
        candidate.kind === 'private'
          ? `${candidate.description} (its public part encrypts)`
          : candidate.description,
      canDecrypt: candidate.kind !== 'public',
    });
  } catch (error) {
    return { ok: false, error: fromJoseJweError(error, 0).error };
  }
}

/** The public key material only: jose encrypts with a public key, and a JWK `alg` or `use` would pin it. */
function encryptionJwk(jwk: JWK): JWK {
  const { kty, crv, n, e, x, y } = publicPartOf(jwk);
  return Object.fromEntries(
    Object.entries({ kty, crv, n, e, x, y }).filter(([, value]) => value !== undefined),
  ) as JWK;
}
