import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publicKeyInSecret } from './public-key-in-secret';
import { mayHidePublicKey } from './public-key-shape';

const utf8 = (text: string) => new TextEncoder().encode(text);
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('publicKeyInSecret with genuine secrets', () => {
  it.each([
    ['a passphrase', 'correct horse battery staple'],
    ['jwt.io’s default', 'your-256-bit-secret'],
    ['a dashed passphrase', 'my-super-secret-key-that-is-long-enough-2024'],
    ['a passphrase with BEGIN and END in it', '-----BEGIN the day-----END it well-----'],
    ['a passphrase in em-dash armour', '—begin secret— hunter2 —end secret—'],
    ['a JWT pasted by mistake', JWT],
    ['a short hex string', 'deadbeef'],
    ['a SHA-256 digest in hex', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['a 32-byte base64url secret', 'x2FhJ0m8hW3oT1pJ4cV7nQ9rZs6Ke5bY0dLgU2aXwEo'],
    ['an empty string', ''],
    ['quotes only', '""'],
    ['a modulus label with too little behind it', 'Modulus=00C35A'],
  ])('returns null for %s', (_name, text) => {
    expect(publicKeyInSecret(text, utf8(text))).toBeNull();
  });

  const encodings: [string, (bytes: Uint8Array) => string][] = [
    ['base64', (bytes) => Buffer.from(bytes).toString('base64')],
    ['base64url', (bytes) => Buffer.from(bytes).toString('base64url')],
    ['hex', (bytes) => Buffer.from(bytes).toString('hex')],
    ['quoted base64', (bytes) => `"${Buffer.from(bytes).toString('base64')}"`],
  ];
  it.each(encodings)('returns null for any random 32-, 48- or 64-byte secret in %s', (_name, encode) => {
    const secret = fc
      .constantFrom(32, 48, 64)
      .chain((size) => fc.uint8Array({ minLength: size, maxLength: size }));
    fc.assert(
      fc.property(secret, (bytes) => {
        const text = encode(bytes);
        expect(publicKeyInSecret(text, utf8(text))).toBeNull();
        expect(publicKeyInSecret(text, bytes)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  // `openssl rand -hex 256` prints 512 hex digits, as long as a 2048-bit modulus: without a sign of where
  // it came from (a "Modulus" label, colons, the leading 00 openssl prints) it must stay a secret, even when
  // it happens to be odd with its top bit set, as a modulus is.
  it.each([256, 384, 512])('returns null for a random %i-byte hex secret shaped like a modulus', (size) => {
    const modulusShaped = fc.uint8Array({ minLength: size, maxLength: size }).map((bytes) => {
      const shaped = Uint8Array.from(bytes);
      shaped[0] = (shaped[0] ?? 0) | 0x80;
      shaped[size - 1] = (shaped[size - 1] ?? 0) | 1;
      return shaped;
    });
    fc.assert(
      fc.property(modulusShaped, fc.boolean(), (bytes, upper) => {
        const hex = Buffer.from(bytes).toString('hex');
        const text = upper ? hex.toUpperCase() : hex;
        expect(publicKeyInSecret(text, utf8(text))).toBeNull();
        expect(publicKeyInSecret(text, bytes)).toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});

describe('mayHidePublicKey (the gate that spares short secrets the DER readers)', () => {
  it.each([
    ['a 32-byte base64url secret', 'x2FhJ0m8hW3oT1pJ4cV7nQ9rZs6Ke5bY0dLgU2aXwEo', false],
    ['jwt.io’s default', 'your-256-bit-secret', false],
    [
      'a SHA-256 digest in hex (64 characters)',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      true,
    ],
  ])('%s → %s', (_name, text, expected) => {
    expect(mayHidePublicKey(text, utf8(text))).toBe(expected);
  });

  it('never turns away a text the guard would recognise (any short text)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 57 }), (text) => {
        if (publicKeyInSecret(text, utf8(text)) !== null)
          expect(mayHidePublicKey(text, utf8(text))).toBe(true);
      }),
    );
  });
});
