import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { looksLikeRsaModulus } from './rsa-modulus';

const n = Buffer.from(
  String(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }).n),
  'base64url',
);
const withSign = Buffer.concat([Buffer.from([0]), n]);
const changed = (bytes: Buffer, at: number, value: number) => {
  const copy = Buffer.from(bytes);
  copy[at] = value;
  return copy;
};
const times3 = (bytes: Buffer) =>
  Buffer.from((BigInt(`0x${bytes.toString('hex')}`) * 3n).toString(16), 'hex');

describe('looksLikeRsaModulus', () => {
  it.each([
    ['a modulus printed with its leading 00', withSign, false],
    ['a modulus from a dump or after a label', n, true],
  ])('accepts %s', (_name, bytes, dumped) => {
    expect(looksLikeRsaModulus(bytes, dumped)).toBe(true);
  });

  it.each([
    ['a modulus-shaped value with no sign of its origin', n, false],
    ['an even value', changed(withSign, withSign.length - 1, (n[n.length - 1] ?? 0) & 0xfe), true],
    ['a value without its top bit', changed(n, 0, 0x7f), true],
    ['a 1024-bit value', n.subarray(0, 128), true],
    ['a multiple of 3', times3(n).subarray(0, 256), true],
    ['nothing', Buffer.alloc(0), true],
  ])('refuses %s', (_name, bytes, dumped) => {
    expect(looksLikeRsaModulus(bytes, dumped)).toBe(false);
  });
});
