import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  readBitString,
  readElement,
  readElements,
  readOid,
  readOnly,
  readSmallInteger,
  readUnsignedInteger,
  TAG,
} from './der';
import { encodeElement, encodeOid } from './der-write';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('readElement', () => {
  it.each([
    ['a short-form length', bytes(0x04, 0x02, 0xaa, 0xbb), { tag: 0x04, value: [0xaa, 0xbb], end: 4 }],
    ['a long-form length', bytes(0x04, 0x81, 0x01, 0xcc), { tag: 0x04, value: [0xcc], end: 4 }],
    ['an element at an offset', bytes(0x05, 0x00), { tag: 0x05, value: [], end: 2 }],
  ])('reads %s', (_name, input, expected) => {
    const element = readElement(input);
    expect(element && { tag: element.tag, value: [...element.value], end: element.end }).toEqual(expected);
  });

  it('reads a 300-byte length written in two octets', () => {
    const der = encodeElement(TAG.OCTET_STRING, new Uint8Array(300));
    expect([...der.subarray(0, 4)]).toEqual([0x04, 0x82, 0x01, 0x2c]);
    expect(readElement(der)?.value.length).toBe(300);
  });

  it.each([
    ['empty input', bytes()],
    ['a missing length', bytes(0x30)],
    ['contents cut short', bytes(0x04, 0x03, 0x01)],
    ['a cut long-form length', bytes(0x04, 0x82, 0x01)],
    ['an indefinite length (BER)', bytes(0x30, 0x80, 0x00, 0x00)],
    ['five length octets', bytes(0x04, 0x85, 0, 0, 0, 0, 1, 0)],
    ['a high tag number', bytes(0x1f, 0x81, 0x00, 0x00)],
  ])('returns null on %s', (_name, input) => {
    expect(readElement(input)).toBeNull();
  });

  it('never throws on arbitrary bytes, and every element it reads lies inside them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(70), (input, offset) => {
        const element = readElement(input, offset);
        if (element) expect(element.end).toBeLessThanOrEqual(input.length);
        readElements(input);
      }),
    );
  });
});

describe('readOnly and childrenOf', () => {
  const sequence = encodeElement(TAG.SEQUENCE, encodeElement(TAG.NULL), encodeElement(TAG.INTEGER, bytes(7)));
  it('reads the children of a SEQUENCE', () => {
    expect(childrenOf(readOnly(sequence, TAG.SEQUENCE) ?? undefined)?.map((child) => child.tag)).toEqual([
      TAG.NULL,
      TAG.INTEGER,
    ]);
  });
  it.each([
    ['trailing bytes', new Uint8Array([...sequence, 0])],
    ['another tag', encodeElement(TAG.OCTET_STRING, sequence)],
  ])('readOnly returns null on %s', (_name, input) => {
    expect(readOnly(input, TAG.SEQUENCE)).toBeNull();
  });
  it('childrenOf returns null when the contents are not whole elements', () => {
    expect(childrenOf(readElement(bytes(0x30, 0x01, 0x05)) ?? undefined)).toBeNull();
  });
});

describe('readUnsignedInteger', () => {
  it.each([
    [bytes(0x00, 0x80), [0x80]],
    [bytes(0x00, 0x00, 0x01), [0x01]],
    [bytes(0x00), [0x00]],
    [bytes(0x80), null],
    [bytes(), null],
  ])('reads INTEGER %j', (value, expected) => {
    const result = readUnsignedInteger({ tag: TAG.INTEGER, value, start: 0, end: 0 });
    expect(result && [...result]).toEqual(expected);
  });
  it('reads small integers as numbers', () => {
    expect(readSmallInteger(readElement(encodeElement(TAG.INTEGER, bytes(1, 0))) ?? undefined)).toBe(256);
  });
});

describe('readBitString', () => {
  it('refuses a BIT STRING with unused bits', () => {
    expect(readBitString(readElement(bytes(0x03, 0x02, 0x01, 0xfe)) ?? undefined)).toBeNull();
    expect([...(readBitString(readElement(bytes(0x03, 0x02, 0x00, 0xfe)) ?? undefined) ?? [])]).toEqual([
      0xfe,
    ]);
  });
});

describe('readOid', () => {
  it.each([
    '1.2.840.10045.2.1',
    '1.3.101.112',
    '2.999.3',
    '0.9.2342.19200300.100.1.1',
    '1.2.840.113549.1.1.10',
  ])('round-trips %s', (oid) => {
    expect(readOid(readElement(encodeOid(oid)) ?? undefined)).toBe(oid);
  });
  it.each([
    ['an empty OID', bytes(0x06, 0x00)],
    ['a cut multi-byte arc', bytes(0x06, 0x02, 0x2a, 0x86)],
    ['an absurdly large arc', bytes(0x06, 0x09, 0x2a, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f)],
  ])('returns null on %s', (_name, input) => {
    expect(readOid(readElement(input) ?? undefined)).toBeNull();
  });
});
