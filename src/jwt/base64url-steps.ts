/**
 * Base64url, shown one group at a time (RFC 4648 §5, as JWS uses it: RFC 7515 §2): every 3 bytes are
 * 24 bits, read as four 6-bit numbers, each of which names one character of a 64-letter alphabet. A
 * last group of 1 or 2 bytes is padded with zero bits and gives 2 or 3 characters (no "=" in JWS).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** One 6-bit number and the character it names. */
export interface Sextet {
  /** Six characters of 0 and 1; the last group's padding zeros are part of them. */
  readonly bits: string;
  readonly value: number;
  readonly char: string;
}

/** Up to three bytes and the characters base64url writes for them. */
export interface Base64urlGroup {
  readonly bytes: readonly number[];
  /** The bytes as 8-bit binary, one string per byte. */
  readonly byteBits: readonly string[];
  readonly sextets: readonly Sextet[];
  /** How many zero bits were added to fill the last sextet (0, 2 or 4). */
  readonly paddingBits: number;
}

/** Splits `bytes` into base64url groups; `maxGroups` limits how many are returned (the rest are skipped). */
export function explainBase64url(bytes: Uint8Array, maxGroups = Infinity): Base64urlGroup[] {
  const groups: Base64urlGroup[] = [];
  for (let start = 0; start < bytes.length && groups.length < maxGroups; start += 3) {
    const chunk = [...bytes.subarray(start, start + 3)];
    const byteBits = chunk.map((byte) => byte.toString(2).padStart(8, '0'));
    const bitCount = chunk.length * 8;
    const charCount = Math.ceil(bitCount / 6);
    const paddingBits = charCount * 6 - bitCount;
    const bits = byteBits.join('') + '0'.repeat(paddingBits);
    const sextets: Sextet[] = [];
    for (let i = 0; i < charCount; i++) {
      const six = bits.slice(i * 6, i * 6 + 6);
      const value = parseInt(six, 2);
      sextets.push({ bits: six, value, char: ALPHABET.charAt(value) });
    }
    groups.push({ bytes: chunk, byteBits, sextets, paddingBits });
  }
  return groups;
}
