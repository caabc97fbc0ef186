import { describe, expect, it } from 'vitest';
import { utf8ToBytes } from '@/encoding/base64';
import { hasRandomCharacterMix, isEncodedText, readEncodedBytes } from './encoded-bytes';

describe('readEncodedBytes', () => {
  it.each([
    ['468c63dd0a5989af50ec31c313b4b3a61b500b426c3ee81fa80f2ab82a990134', 'hex', 64, 32],
    ['0x46:8c:63:dd', 'hex', 8, 4],
    ['fIdwtSdRk7AAQgrGsI70fez09dUe-DzVxTEFBRunU_M', 'base64url', 43, 32],
    ['YyBfOPsuz6497xaOYCH7Fg==', 'base64', 22, 16],
    ['YyBfOPsuz6497xaOYCH7Fg', 'base64url', 22, 16],
    [
      'mHRI77wOYA54j7zCIqXZLfZ9enY9a4cB\n82L8TwJvHn+sEChctTOc1sOE0B63478HvzjwdsywTbVTIAsRMS+j9A==',
      'base64',
      86,
      64,
    ],
  ])('reads %s as %s: %d characters, %d bytes', (text, encoding, characters, bytes) => {
    const read = readEncodedBytes(text);
    expect(read?.encoding).toBe(encoding);
    expect(read?.characters.length).toBe(characters);
    expect(read?.bytes.length).toBe(bytes);
  });

  it.each(['correct horse battery staple!', 'Summer2024!', 'your-256-bit-secret!', ''])(
    'returns null for %j, which is no byte encoding',
    (text) => {
      expect(readEncodedBytes(text)).toBeNull();
    },
  );
});

describe('isEncodedText', () => {
  it.each([
    ['ASCII text', true, utf8ToBytes('this is a secret key')],
    ['text with a line break and a tab', true, utf8ToBytes('line one\n\tline two')],
    ['non-ASCII UTF-8 text', true, utf8ToBytes('clé secrète')],
    ['a control character', false, Uint8Array.of(0x61, 0x01, 0x62)],
    ['invalid UTF-8', false, Uint8Array.of(0xde, 0xad, 0xbe, 0xef)],
  ])('%s → %s', (_label, expected, bytes) => {
    expect(isEncodedText(bytes)).toBe(expected);
  });
});

describe('hasRandomCharacterMix', () => {
  it.each([
    ['random hex', '468c63dd0a5989af50ec31c313b4b3a61b500b426c3ee81fa80f2ab82a990134', true],
    ['hex with mixed letter case', 'DeadBeef0a5989af50ec31c313b4b3a6', false],
    ['hex with no letters', '12345678901234567890123456789012', false],
    ['random base64url', 'fIdwtSdRk7AAQgrGsI70fez09dUe-DzVxTEFBRunU_M', true],
    ['a lowercase keyboard mash', 'asdkjfhaskjdfhqwieuryqwoieuryzxm', false],
    ['invented words with few capitals', 'ZorbluxQuentavirmegothPlinth', false],
  ])('%s → %s', (_label, text, expected) => {
    const read = readEncodedBytes(text);
    expect(read).not.toBeNull();
    if (read) expect(hasRandomCharacterMix(read)).toBe(expected);
  });
});
