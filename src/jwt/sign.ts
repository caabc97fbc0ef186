import { bytesToBase64url, bytesToHex, utf8ToBytes } from '@/encoding/base64';
import type { SigningKey } from '@/keys/signing-key';
import type { JwsAlgorithm } from '@/core/algorithms';
import { fail, ok, type Result } from '@/core/errors';
import { parseJsonObject } from './serialize-json';
import { signBytes } from './sign-bytes';
import { checkSigningKey } from './signing-key-fit';

export interface SignTokenInput {
  /** The header exactly as it will be signed (see `serializeJson`). */
  readonly headerText: string;
  /** The payload exactly as it will be signed. */
  readonly payloadText: string;
  readonly key: SigningKey;
  readonly alg: JwsAlgorithm;
  /** Sign with an HMAC secret shorter than the hash (or an RSA key under 2048 bits) anyway. */
  readonly allowShortSecret: boolean;
}

/** A compact JWS and its parts, as the encoder shows them. */
export interface SignedToken {
  readonly token: string;
  readonly headerB64: string;
  readonly payloadB64: string;
  readonly signatureB64: string;
  /** `headerB64.payloadB64`: the ASCII bytes the signature covers (RFC 7515 §5.1). */
  readonly signingInput: string;
  /** True when a too-small key was used because the caller allowed it. */
  readonly weakKey: boolean;
}

/** A signature in the two forms the UI shows side by side. */
export interface SignatureView {
  readonly base64url: string;
  readonly hex: string;
}

/** A signature over a signing input, with whether a too-small key was allowed for it. */
export interface SigningInputSignature extends SignatureView {
  readonly weakKey: boolean;
}

/** Base64url-encodes the UTF-8 of a header or payload text, byte for byte. */
export function encodeSegment(text: string): string {
  return bytesToBase64url(utf8ToBytes(text));
}

/** Shows signature bytes as base64url and hex. */
export function viewSignature(bytes: Uint8Array): SignatureView {
  return { base64url: bytesToBase64url(bytes), hex: bytesToHex(bytes) };
}

/** Signs a ready-made signing input (`header.payload` in base64url) after checking the key fits `alg`. */
export async function signSigningInput(
  signingInput: string,
  key: SigningKey,
  alg: JwsAlgorithm,
  allowShortSecret: boolean,
): Promise<Result<SigningInputSignature>> {
  const fit = checkSigningKey(key, alg, allowShortSecret);
  if (!fit.ok) return fit;
  const signed = await signBytes(key, alg, utf8ToBytes(signingInput));
  if (!signed.ok) return signed;
  return ok({ ...viewSignature(signed.value), weakKey: fit.value.weakKey });
}

/**
 * Signs a compact JWS over the exact UTF-8 bytes of `headerText` and `payloadText` — no
 * re-serialisation, so what the user sees is what is signed. The header's `alg` must be `alg`.
 */
export async function signToken(input: SignTokenInput): Promise<Result<SignedToken>> {
  const header = parseJsonObject(input.headerText, 'header');
  if (!header.ok) return header;
  const headerAlg = header.value.alg;
  if (headerAlg === undefined)
    return fail(
      'ALG_MISSING',
      'header',
      `The header has no "alg"; add "alg": "${input.alg}" (RFC 7515 §4.1.1).`,
    );
  if (headerAlg !== input.alg)
    return fail(
      'ALG_MISMATCH',
      'header',
      `The header says "alg": ${JSON.stringify(headerAlg)} but you chose to sign with ${input.alg}; they must be the same, or verifiers will reject the token (RFC 7515 §4.1.1).`,
    );
  if (header.value.b64 === false)
    return fail(
      'CRIT_UNSUPPORTED',
      'header',
      'The encoder signs base64url-encoded payloads only; "b64": false (RFC 7797) is not supported here. Remove it.',
    );
  const payload = parseJsonObject(input.payloadText, 'payload');
  if (!payload.ok) return payload;

  const headerB64 = encodeSegment(input.headerText);
  const payloadB64 = encodeSegment(input.payloadText);
  const signingInput = `${headerB64}.${payloadB64}`;
  const signature = await signSigningInput(signingInput, input.key, input.alg, input.allowShortSecret);
  if (!signature.ok) return signature;
  return ok({
    token: `${signingInput}.${signature.value.base64url}`,
    headerB64,
    payloadB64,
    signatureB64: signature.value.base64url,
    signingInput,
    weakKey: signature.value.weakKey,
  });
}
