/**
 * Just enough DER writing to re-wrap a key for WebCrypto (SEC1 → PKCS#8), which only imports
 * PKCS#8, SPKI, raw and JWK.
 */

/** Encodes one element from its identifier octet and contents. */
export function encodeElement(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const length = contents.reduce((sum, part) => sum + part.length, 0);
  const lengthOctets: number[] = [];
  if (length < 0x80) {
    lengthOctets.push(length);
  } else {
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthOctets.unshift(rest % 256);
    lengthOctets.unshift(0x80 | lengthOctets.length);
  }
  const out = new Uint8Array(1 + lengthOctets.length + length);
  out[0] = tag;
  out.set(lengthOctets, 1);
  let offset = 1 + lengthOctets.length;
  for (const part of contents) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Encodes a dotted OBJECT IDENTIFIER. */
export function encodeOid(dotted: string): Uint8Array {
  const [root = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const octets: number[] = [];
  for (const arc of [root * 40 + second, ...rest]) {
    const group: number[] = [arc % 128];
    for (let value = Math.floor(arc / 128); value > 0; value = Math.floor(value / 128)) {
      group.unshift(0x80 | (value % 128));
    }
    octets.push(...group);
  }
  return encodeElement(0x06, new Uint8Array(octets));
}
