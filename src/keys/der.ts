/**
 * A minimal DER (ASN.1) reader for the handful of structures that hold keys. Every function returns
 * `null` on malformed input instead of throwing: the bytes come from whatever the user pasted.
 * Only low tag numbers (< 31) and definite lengths are read; both are all DER allows for keys.
 */

/** Identifier octets of the universal types we read. */
export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  SEQUENCE: 0x30,
} as const;

/** Identifier octet of a context-specific tag `[n]` (constructed unless told otherwise). */
export function contextTag(n: number, constructed = true): number {
  return (constructed ? 0xa0 : 0x80) | n;
}

/** One TLV: its identifier octet, its contents, and where it starts and ends in the buffer read. */
export interface DerElement {
  readonly tag: number;
  readonly value: Uint8Array;
  readonly start: number;
  readonly end: number;
}

/** Reads the element at `offset`; `null` if it is truncated, indefinite-length or uses a high tag. */
export function readElement(bytes: Uint8Array, offset = 0): DerElement | null {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined || (tag & 0x1f) === 0x1f) return null;
  let length = first;
  let cursor = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    // 0x80 is BER's indefinite length (forbidden in DER); more than 4 length octets is nonsense here.
    if (count === 0 || count > 4) return null;
    length = 0;
    for (let i = 0; i < count; i++) {
      const byte = bytes[cursor++];
      if (byte === undefined) return null;
      length = length * 256 + byte;
    }
  }
  const end = cursor + length;
  if (end > bytes.length) return null;
  return { tag, value: bytes.subarray(cursor, end), start: offset, end };
}

/** Reads `bytes` as a run of consecutive elements; `null` unless they fill it exactly. */
export function readElements(bytes: Uint8Array): DerElement[] | null {
  const out: DerElement[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const element = readElement(bytes, offset);
    if (!element) return null;
    out.push(element);
    offset = element.end;
  }
  return out;
}

/** Reads `bytes` as exactly one element with the given tag (no trailing bytes). */
export function readOnly(bytes: Uint8Array, tag: number): DerElement | null {
  const element = readElement(bytes, 0);
  return element && element.tag === tag && element.end === bytes.length ? element : null;
}

/** The children of a constructed element (a SEQUENCE or a constructed context tag). */
export function childrenOf(element: DerElement | undefined, tag: number = TAG.SEQUENCE): DerElement[] | null {
  if (!element || element.tag !== tag || (tag & 0x20) === 0) return null;
  return readElements(element.value);
}

/** The magnitude of a non-negative INTEGER, leading zero octets removed (at least one octet kept). */
export function readUnsignedInteger(element: DerElement | undefined): Uint8Array | null {
  if (!element || element.tag !== TAG.INTEGER || element.value.length === 0) return null;
  const value = element.value;
  if ((value[0] ?? 0) & 0x80) return null;
  let start = 0;
  while (start < value.length - 1 && value[start] === 0) start++;
  return value.subarray(start);
}

/** A small non-negative INTEGER (a version number) as a number; `null` if absent or too large. */
export function readSmallInteger(element: DerElement | undefined): number | null {
  const magnitude = readUnsignedInteger(element);
  if (!magnitude || magnitude.length > 4) return null;
  return magnitude.reduce((acc, byte) => acc * 256 + byte, 0);
}

/** The bytes of a BIT STRING whose length is a whole number of octets (as key material always is). */
export function readBitString(element: DerElement | undefined): Uint8Array | null {
  if (!element || element.tag !== TAG.BIT_STRING || element.value[0] !== 0) return null;
  return element.value.subarray(1);
}

/** The contents of an OCTET STRING. */
export function readOctetString(element: DerElement | undefined): Uint8Array | null {
  return element && element.tag === TAG.OCTET_STRING ? element.value : null;
}

/** An OBJECT IDENTIFIER in dotted form ("1.2.840.10045.2.1"). */
export function readOid(element: DerElement | undefined): string | null {
  if (!element || element.tag !== TAG.OID || element.value.length === 0) return null;
  const arcs: number[] = [];
  let arc = 0;
  for (const byte of element.value) {
    // Arcs beyond 2^46 cannot be an OID we know; refusing them keeps arithmetic exact.
    if (arc > 2 ** 46) return null;
    arc = arc * 128 + (byte & 0x7f);
    if (byte & 0x80) continue;
    arcs.push(arc);
    arc = 0;
  }
  if ((element.value[element.value.length - 1] ?? 0) & 0x80) return null;
  const [head = 0, ...rest] = arcs;
  const root = head < 40 ? 0 : head < 80 ? 1 : 2;
  return [root, head - root * 40, ...rest].join('.');
}
