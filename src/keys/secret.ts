/**
 * HMAC secrets as text in one of four encodings. A UTF-8 secret is taken as typed, inner and edge
 * spaces included; only trailing line breaks are dropped, because a paste (or `echo`) adds one and
 * a secret that really ends in a line break is vanishingly rare. Encoded secrets ignore whitespace,
 * since tools such as `openssl rand -base64 64` wrap their output.
 */
import { base64ToBytes, hexToBytes, utf8ToBytes } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import { SECRET_ENCODINGS, type SecretEncoding } from './key-types';

/** A reading of the secret text under one encoding. */
export interface SecretReading {
  readonly encoding: SecretEncoding;
  readonly bytes: Uint8Array;
}

const ALPHABETS: Readonly<Record<Exclude<SecretEncoding, 'utf8'>, RegExp>> = {
  base64: /[A-Za-z0-9+/]/,
  base64url: /[A-Za-z0-9_-]/,
  hex: /[0-9a-fA-F]/,
};

/** The secret text with the trailing line breaks of a paste removed (UTF-8 secrets keep all else). */
export function trimSecretText(text: string): string {
  return text.slice(
    0,
    endBefore(text, (c) => c === '\r' || c === '\n'),
  );
}

/** Decodes the secret text into bytes under the chosen encoding. */
export function decodeSecret(text: string, encoding: SecretEncoding): Result<Uint8Array> {
  if (text.trim() === '')
    return fail('KEY_EMPTY', 'key', 'The secret is empty. Paste the HMAC secret that signed the token.');
  if (encoding === 'utf8') return ok(utf8ToBytes(trimSecretText(text)));
  const problem = findProblem(text, encoding);
  if (problem === null) {
    const compact = text.replace(/\s+/g, '');
    const bytes = encoding === 'hex' ? hexToBytes(compact) : base64ToBytes(toBase64(compact));
    if (bytes) return ok(bytes);
  }
  const others = SECRET_ENCODINGS.filter(
    (other) => other !== encoding && other !== 'utf8' && findProblem(text, other) === null,
  );
  const message = `This secret is not valid ${encoding}: ${problem ?? 'it cannot be decoded'}.`;
  if (others.length === 0)
    return fail('KEY_INVALID', 'key', `${message} Check the secret, or choose UTF-8 if it is plain text.`);
  return fail(
    'KEY_INVALID',
    'secretEncoding',
    `${message} It is valid ${others.join(' and ')}; is that its encoding?`,
  );
}

/** The other encodings under which the text also decodes, skipping readings that give the same bytes. */
export function secretCandidatesInOtherEncodings(text: string, encoding: SecretEncoding): SecretReading[] {
  const chosen = decodeSecret(text, encoding);
  const seen: Uint8Array[] = chosen.ok ? [chosen.value] : [];
  const out: SecretReading[] = [];
  for (const other of SECRET_ENCODINGS) {
    if (other === encoding) continue;
    const decoded = decodeSecret(text, other);
    if (!decoded.ok || seen.some((bytes) => sameBytes(bytes, decoded.value))) continue;
    seen.push(decoded.value);
    out.push({ encoding: other, bytes: decoded.value });
  }
  return out;
}

/** Says what is wrong with the text under a non-UTF-8 encoding, or `null` if it decodes. */
function findProblem(text: string, encoding: Exclude<SecretEncoding, 'utf8'>): string | null {
  const body = encoding === 'hex' ? text.replace(/^\s*0x/i, '') : text;
  const offset = text.length - body.length;
  const padded = encoding !== 'hex' ? endBefore(body, (c) => c === '=' || /\s/.test(c)) : body.length;
  let digits = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (/\s/.test(c) || (encoding === 'hex' && c === ':') || (i >= padded && c === '=')) continue;
    if (!ALPHABETS[encoding].test(c))
      return `${JSON.stringify(c)} at position ${offset + i + 1} ${describeChar(c, encoding)}`;
    digits++;
  }
  if (digits === 0) return 'it has no data characters';
  if (encoding === 'hex' && digits % 2 === 1)
    return `it has an odd number of hex digits (${digits}); every byte is two digits`;
  if (encoding !== 'hex' && digits % 4 === 1)
    return `its length (${digits} characters) is impossible; a character is missing or extra`;
  const padding = body.slice(padded).replace(/\s+/g, '').length;
  if (encoding === 'base64' && padding > 0 && (digits + padding) % 4 !== 0)
    return `it has the wrong amount of "=" padding (${padding})`;
  return null;
}

function describeChar(c: string, encoding: Exclude<SecretEncoding, 'utf8'>): string {
  if (encoding === 'base64' && (c === '-' || c === '_')) return 'belongs to base64url, not base64';
  if (encoding === 'base64url' && (c === '+' || c === '/'))
    return 'belongs to standard base64, not base64url';
  if (c === '=') return 'is padding in the middle of the data';
  return encoding === 'hex' ? 'is not a hex digit' : `is not a ${encoding} character`;
}

/** Base64url (padding tolerated) and base64 both go through the standard-alphabet decoder. */
function toBase64(compact: string): string {
  return compact.replace(/=+$/, '').replaceAll('-', '+').replaceAll('_', '/');
}

/** Where the trailing run of characters matching `skip` starts (a loop: regexes like /x+$/ go quadratic). */
function endBefore(text: string, skip: (c: string) => boolean): number {
  let end = text.length;
  while (end > 0 && skip(text.charAt(end - 1))) end--;
  return end;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
