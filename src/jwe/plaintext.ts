/** The decrypted plaintext shown as the debugger shows a payload: JSON, text or hex, and nested tokens. */
import { bytesToBase64url } from '@/encoding/base64';
import { decodePayloadSegment } from '@/jwt/decode-parts';
import type { DecodedPayload } from '@/jwt/decoded-token';

const COMPACT_TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*(\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+)?$/;

/** Decodes plaintext bytes as JSON when they parse, as text when they are UTF-8, otherwise as hex. */
export function decodePlaintext(bytes: Uint8Array): DecodedPayload {
  return decodePayloadSegment(bytesToBase64url(bytes), true);
}

/**
 * The plaintext as a token to open, when it is one: a compact JWS or JWE (a nested JWT says so with
 * `cty: "JWT"`, RFC 7519 §5.2, but a plaintext that is plainly a token is offered too).
 */
export function nestedTokenIn(plaintext: DecodedPayload): string | undefined {
  const text = plaintext.text?.trim();
  if (text === undefined || !COMPACT_TOKEN.test(text)) return undefined;
  const dots = text.split('.').length - 1;
  return dots === 2 || dots === 4 ? text : undefined;
}

/** Whether the header says the plaintext is a JWT (`cty` "JWT", any case, or "application/jwt"). */
export function saysNestedJwt(header: Readonly<Record<string, unknown>>): boolean {
  const cty = header.cty;
  return typeof cty === 'string' && /^(application\/)?jwt$/i.test(cty);
}
