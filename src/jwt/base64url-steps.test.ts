import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesToBase64url, utf8ToBytes } from '@/encoding/base64';
import { explainBase64url } from './base64url-steps';

const chars = (text: string, maxGroups?: number) =>
  explainBase64url(utf8ToBytes(text), maxGroups).map((group) => group.sextets.map((s) => s.char).join(''));

describe('explainBase64url', () => {
  it.each<[string, string, string[]]>([
    ['three bytes as four characters', '{"s', ['eyJz']],
    ['a JSON header start', '{"alg"', ['eyJh', 'bGci']],
    ['one trailing byte as two characters', 'abcd', ['YWJj', 'ZA']],
    ['two trailing bytes as three characters', 'abcde', ['YWJj', 'ZGU']],
    ['nothing for no bytes', '', []],
  ])('writes %s', (_name, text, expected) => {
    expect(chars(text)).toEqual(expected);
  });

  it('shows the bits of "{" "\\"" "s": 24 bits, four sextets, no padding', () => {
    const [group] = explainBase64url(utf8ToBytes('{"s'));
    expect(group?.byteBits).toEqual(['01111011', '00100010', '01110011']);
    expect(group?.sextets.map((s) => [s.bits, s.value, s.char])).toEqual([
      ['011110', 30, 'e'],
      ['110010', 50, 'y'],
      ['001001', 9, 'J'],
      ['110011', 51, 'z'],
    ]);
    expect(group?.paddingBits).toBe(0);
  });

  it.each([
    [1, 4],
    [2, 2],
  ])('pads a last group of %i byte(s) with %i zero bits', (size, padding) => {
    const [group] = explainBase64url(new Uint8Array(size).fill(0xff));
    expect(group?.paddingBits).toBe(padding);
    expect(group?.sextets.at(-1)?.bits.endsWith('0'.repeat(padding))).toBe(true);
  });

  it('uses the URL-safe characters - and _ for 62 and 63', () => {
    expect(chars('\u00fb\u00ff')).toEqual(bytesToBase64url(utf8ToBytes('\u00fb\u00ff')).match(/.{1,4}/g));
    const [group] = explainBase64url(Uint8Array.of(0xfb, 0xff, 0xbf));
    expect(group?.sextets.map((s) => s.char).join('')).toBe('-_-_');
  });

  it('stops after maxGroups', () => {
    expect(chars('{"sub":"alice"}', 2)).toEqual(['eyJz', 'dWIi']);
  });

  it('always spells exactly what bytesToBase64url writes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const written = explainBase64url(bytes)
          .flatMap((group) => group.sextets.map((s) => s.char))
          .join('');
        expect(written).toBe(bytesToBase64url(bytes));
      }),
    );
  });
});
