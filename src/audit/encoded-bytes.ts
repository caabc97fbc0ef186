/**
 * Recognises secrets written as hex or base64(url) and says whether the characters look like the output
 * of a random generator or like text a person typed that merely fits the alphabet.
 */
import { bytesToUtf8 } from '@/encoding/base64';
import { decodeSecret } from '@/keys/secret';

/** The byte encodings a generator writes a random secret in. */
export type ByteEncoding = 'hex' | 'base64' | 'base64url';

/** A secret text read as encoded bytes. */
export interface EncodedBytes {
  readonly encoding: ByteEncoding;
  /** Data characters, without the whitespace, `0x`, colons or padding that decoding ignores. */
  readonly characters: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads the text as hex if it can (the tightest alphabet: claiming 6 bits per character for hex text
 * would overstate it), otherwise as base64url or base64; `null` if it is none of them.
 */
export function readEncodedBytes(text: string): EncodedBytes | null {
  for (const encoding of ['hex', 'base64url', 'base64'] as const) {
    const decoded = decodeSecret(text, encoding);
    if (!decoded.ok) continue;
    const characters = text.replace(/\s+/g, '').replace(encoding === 'hex' ? /^0x|:/gi : /=+$/, '');
    return { encoding: labelEncoding(encoding, text), characters, bytes: decoded.value };
  }
  return null;
}

/**
 * Whether the decoded bytes are readable text (UTF-8 without control characters): then the text was
 * encoded, not generated. Sixteen random bytes pass this by chance with odds below one in ten million.
 */
export function isEncodedText(bytes: Uint8Array): boolean {
  const text = bytesToUtf8(bytes);
  if (text === null) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isControl = code < 0x20 || code === 0x7f;
    if (isControl && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
  }
  return true;
}

const MIN_CASE_SHARE = 0.2;

/**
 * Whether the characters mix the way a generator's output does. Random hex has digits and letters in
 * one case; random base64 has about as many capitals as small letters (each is 26 of 64 symbols), while
 * typed text that fits the alphabet — a lowercase keyboard mash, invented words — is mostly small.
 * The 20% floor fails a random 43-character base64url string about once in ten thousand; it then
 * falls back to zxcvbn's (lower) estimate, never to a higher one.
 */
export function hasRandomCharacterMix(encoded: EncodedBytes): boolean {
  const text = encoded.characters;
  if (encoded.encoding === 'hex') {
    const hasDigit = /[0-9]/.test(text);
    const hasLetter = /[a-f]/i.test(text);
    const oneCase = !(/[a-f]/.test(text) && /[A-F]/.test(text));
    return hasDigit && hasLetter && oneCase;
  }
  const upper = text.replace(/[^A-Z]/g, '').length;
  const lower = text.replace(/[^a-z]/g, '').length;
  const letters = upper + lower;
  return letters > 0 && upper / letters >= MIN_CASE_SHARE && lower / letters >= MIN_CASE_SHARE;
}

/** Text valid in both base64 alphabets is called base64 only when it carries base64's `=` padding. */
function labelEncoding(encoding: ByteEncoding, text: string): ByteEncoding {
  if (encoding !== 'base64url' || /[-_]/.test(text)) return encoding;
  return /=\s*$/.test(text) ? 'base64' : 'base64url';
}
