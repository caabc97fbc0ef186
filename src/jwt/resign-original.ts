import { bytesToBase64url, utf8ToBytes } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import type { DecodedToken } from './decoded-token';
import { resignUnavailable } from './resign-unavailable';

/**
 * A signed token as the encoder needs it to edit and re-sign: the header and payload JSON text exactly
 * as signed (the segments' UTF-8, never a re-serialisation), so an unchanged token re-signs to the
 * same bytes with a deterministic algorithm (HMAC, RS*, EdDSA).
 */
export interface ResignOriginal {
  readonly headerText: string;
  readonly payloadText: string;
  /** The original as a compact JWS; for the JSON serialization, the compact form of the signature carried. */
  readonly token: string;
  /** The header's `alg`, when it is a string. */
  readonly alg: string | null;
  /** True when encoding the texts gives back the original segments byte for byte. */
  readonly exact: boolean;
  /** What the carry-over changed or left out, in a sentence each. */
  readonly notes: readonly string[];
}

/**
 * Takes a decoded JWS to the encoder: the signature that verified (`signatureIndex`) or the first,
 * its protected header and the payload as the exact text that was signed.
 */
export function resignOriginal(token: DecodedToken, signatureIndex = 0): Result<ResignOriginal> {
  const unavailable = resignUnavailable(token, signatureIndex);
  if (unavailable) return { ok: false, error: unavailable };
  const count = token.signatures.length;
  const index = signatureIndex < count ? signatureIndex : 0;
  const signature = token.signatures[index];
  const headerText = signature?.protectedHeader.text;
  const payloadText = token.payload?.text;
  if (!signature || headerText == null || payloadText == null || token.payloadB64 === null)
    return fail('TOKEN_MALFORMED', 'token', 'Paste a whole JWS (header.payload.signature).');

  const notes: string[] = [];
  if (token.serialization !== 'compact')
    notes.push(
      `The original uses the JWS JSON serialization; the encoder makes the compact form of ${count > 1 ? `signature ${index + 1} of ${count}` : 'its signature'}.`,
    );
  if (signature.unprotectedHeader)
    notes.push('Its unprotected header is not covered by the signature and is left out.');
  const inexact = [
    encodeText(headerText) === signature.protectedB64 ? null : 'header',
    encodeText(payloadText) === token.payloadB64 ? null : 'payload',
  ].filter((part) => part !== null);
  if (inexact.length > 0)
    notes.push(
      `The original's ${inexact.join(' and ')} ${inexact.length > 1 ? 'are' : 'is'} not encoded the way a signer writes base64url (padding, stray bits or a byte-order mark), so even unchanged it re-signs to different bytes.`,
    );
  const alg = signature.protectedHeader.value?.alg;
  return ok({
    headerText,
    payloadText,
    token: `${signature.protectedB64}.${token.payloadB64}.${signature.signatureB64}`,
    alg: typeof alg === 'string' ? alg : null,
    exact: inexact.length === 0,
    notes,
  });
}

function encodeText(text: string): string {
  return bytesToBase64url(utf8ToBytes(text));
}
