/**
 * Byte encodings used across jwt-lab. Decoders return `null` on invalid input instead of throwing,
 * because invalid input is the normal case in a debugger.
 */
const BASE64URL_RE = /^[A-Za-z0-9_-]*$/;
const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes unpadded base64url (RFC 7515 §2); `null` if the text is not valid base64url. */
export function base64urlToBytes(text: string): Uint8Array | null {
  if (!BASE64URL_RE.test(text) || text.length % 4 === 1) return null;
  return base64ToBytes(text.replaceAll('-', '+').replaceAll('_', '/'));
}

/** Decodes standard base64 (padding optional); `null` if the text is not valid base64. */
export function base64ToBytes(text: string): Uint8Array | null {
  if (!BASE64_RE.test(text)) return null;
  const unpadded = withoutTrailingPadding(text);
  if (unpadded.length % 4 === 1) return null;
  const padded = unpadded + '='.repeat((4 - (unpadded.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** Encodes bytes as unpadded base64url. */
export function bytesToBase64url(bytes: Uint8Array): string {
  return withoutTrailingPadding(bytesToBase64(bytes).replaceAll('+', '-').replaceAll('/', '_'));
}

/** Encodes bytes as padded standard base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** Decodes hex (case-insensitive, optional `0x`, whitespace and colons ignored); `null` if invalid. */
export function hexToBytes(text: string): Uint8Array | null {
  const clean = text.replace(/^0x/i, '').replace(/[\s:]/g, '');
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) return null;
  const bytes = new Uint8Array(clean.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** Encodes bytes as lowercase hex. */
export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

const utf8Encoder = new TextEncoder();
const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** Encodes text as UTF-8. */
export function utf8ToBytes(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

/** Decodes UTF-8 strictly; `null` when the bytes are not valid UTF-8 (i.e. binary). */
export function bytesToUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8Decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Drops trailing "=" by scanning back from the end: `/=+$/` retries at every "=" of a long run (quadratic). */
function withoutTrailingPadding(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 61) end -= 1;
  return text.slice(0, end);
}
