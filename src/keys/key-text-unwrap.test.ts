import { describe, expect, it } from 'vitest';
import { findModulusHex, prepareKeyText, removeArmour } from './key-text-unwrap';

describe('prepareKeyText', () => {
  it.each([
    ['JSON escapes', '"a\\nb\\r\\nc\\td"', 'a\nb\n\nc\nd'],
    ["PHP's escaped slash", 'MII\\/x', 'MII/x'],
    ['dash-like characters', '—–‐−－﹣', '------'],
    ['smart and plain quotes', "“a” ‘b’ 'c' `d`", 'a b c d'],
  ])('undoes %s', (_name, text, expected) => {
    expect(prepareKeyText(text)).toBe(expected);
  });
});

describe('removeArmour', () => {
  it.each([
    ['a plain block', '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n', '\nMIIB\n'],
    ['one dash, lower case, one line', '-begin public key- MIIB -end public key-', 'MIIB '],
    [
      'text around the block',
      'key: |\n  --BEGIN CERTIFICATE--\n  MIIB\n  --END CERTIFICATE--\nnext: 1',
      '\n  MIIB\n  ',
    ],
    ['lost closing dashes on one line', '-----BEGIN PUBLIC KEY MIIB -----END PUBLIC KEY', 'MIIB '],
    ['an unknown label', '-----BEGIN OPENSSH THING-----MIIB-----END OPENSSH THING-----', 'MIIB'],
    ['only an END marker', 'MIIB\n-----END PUBLIC KEY-----', 'MIIB\n'],
    ['spaced dashes', '- - -BEGIN PUBLIC KEY- - -\nMIIB', '\nMIIB'],
  ])('unwraps %s', (_name, text, expected) => {
    expect(removeArmour(text)).toBe(expected);
  });

  it.each([
    ['"end" inside base64', 'MIIBendAAbeginAA'],
    ['"end" after a base64url dash but inside a word', 'MII-endAA'],
    ['a passphrase', 'the end is near'],
  ])('leaves %s alone', (_name, text) => {
    expect(removeArmour(text)).toBe(text);
  });
});

describe('findModulusHex', () => {
  it.each([
    [
      'openssl rsa -text',
      'Public-Key: (16 bit)\nModulus:\n    00:c3:\n    5a\nExponent: 65537 (0x10001)',
      '00c35a',
    ],
    ['openssl rsa -modulus', 'Modulus=C35A', 'C35A'],
    ['a lower-case label in a sentence', 'the modulus: c3 5a', 'c35a'],
  ])('reads %s', (_name, text, expected) => {
    expect(findModulusHex(text)).toBe(expected);
  });

  it.each([
    ['no label', 'c35a'],
    ['a label with nothing hex behind it', 'Modulus: unknown'],
  ])('returns null for %s', (_name, text) => {
    expect(findModulusHex(text)).toBeNull();
  });
});
