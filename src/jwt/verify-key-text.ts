import { bytesToBase64url } from '@/encoding/base64';
import type { SecretEncoding } from '@/keys/key-types';
import type { SigningKey } from '@/keys/signing-key';
import { decodeToken } from './decode';
import { verifyToken } from './verify';
import type { Verification } from './verification';

/** The verification key as the debugger's key field would hold it: text plus secret encoding. */
export interface VerifyKeyInput {
  readonly keyText: string;
  readonly encoding: SecretEncoding;
}

/**
 * The text that verifies what `key` signs: a secret re-encoded as base64url (exact bytes, whatever
 * encoding it was typed in), or the public JWK of a private key — never the private members.
 */
export function verifyKeyFor(key: SigningKey): VerifyKeyInput {
  if (key.kind === 'secret') return { keyText: bytesToBase64url(key.bytes), encoding: 'base64url' };
  return { keyText: JSON.stringify(key.publicJwk), encoding: 'utf8' };
}

/** Decodes and verifies a compact token with the given key (no clock skew), as the debugger would. */
export function verifyWithKeyText(
  token: string,
  verifyKey: VerifyKeyInput | null,
  nowMs: number,
): Promise<Verification> {
  return verifyToken(decodeToken(token), {
    keyText: verifyKey?.keyText ?? '',
    encoding: verifyKey?.encoding ?? 'utf8',
    nowMs,
    skewSeconds: 0,
  });
}
