/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loop over typed arrays whose bounds hold by
   construction; `?? 0` would add a branch per word read for nothing. */
// Message padding shared by SHA-256 and SHA-512 (FIPS 180-4 §5.1): both append 0x80, zeros and the
// bit length; they differ only in block size (64 or 128 bytes) and length-field size (8 or 16 bytes).

/**
 * Pads `bytes` as the tail of a message that `prefixBytes` already-hashed bytes precede (HMAC's key
 * block), and returns the padded blocks as big-endian 32-bit words.
 */
export function padToWords(bytes: Uint8Array, prefixBytes: number, blockBytes: 64 | 128): Int32Array {
  const lengthField = blockBytes / 8;
  const padded = Math.ceil((bytes.length + 1 + lengthField) / blockBytes) * blockBytes;
  const buffer = new Uint8Array(padded);
  buffer.set(bytes);
  buffer[bytes.length] = 0x80;
  const view = new DataView(buffer.buffer);
  const bits = (prefixBytes + bytes.length) * 8;
  view.setUint32(padded - 8, Math.floor(bits / 0x100000000));
  view.setUint32(padded - 4, bits >>> 0);
  const words = new Int32Array(padded / 4);
  for (let i = 0; i < words.length; i++) words[i] = view.getInt32(i * 4);
  return words;
}

/** Reads `count` big-endian 32-bit words from `bytes` (zero past its end). */
export function bytesToWords(bytes: Uint8Array, count: number): Int32Array {
  const words = new Int32Array(count);
  for (let i = 0; i < bytes.length && i < count * 4; i++) {
    words[i >> 2] = words[i >> 2]! | (bytes[i]! << (24 - 8 * (i & 3)));
  }
  return words;
}

/** Writes 32-bit words as big-endian bytes, the first `byteCount` of them. */
export function wordsToBytes(words: Int32Array, byteCount: number): Uint8Array {
  const bytes = new Uint8Array(byteCount);
  for (let i = 0; i < byteCount; i++) bytes[i] = (words[i >> 2]! >>> (24 - 8 * (i & 3))) & 0xff;
  return bytes;
}
