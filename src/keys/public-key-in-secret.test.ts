import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publicKeyInSecret } from './public-key-in-secret';

const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const spkiPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
const spkiDer = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
const pkcs1Pem = publicKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const body = (pem: string) =>
  pem
    .split('\n')
    .filter((line) => line && !line.startsWith('-----'))
    .join('');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('publicKeyInSecret', () => {
  it.each([
    ['the base64 body of an SPKI PEM', body(spkiPem), utf8(body(spkiPem))],
    ['the body on several lines', body(spkiPem).replace(/(.{64})/g, '$1\n'), utf8(body(spkiPem))],
    [
      'lower-case armour',
      spkiPem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, (line) => line.toLowerCase()),
      utf8('x'),
    ],
    ['four-dash armour', spkiPem.replace(/-----/g, '----'), utf8('x')],
    ['the DER bytes themselves (base64 encoding chosen)', 'ignored', spkiDer],
    ['a PKCS#1 body', body(pkcs1Pem), utf8(body(pkcs1Pem))],
  ])('recognises %s', (_name, text, bytes) => {
    expect(publicKeyInSecret(text, bytes)).not.toBeNull();
  });

  it.each([
    ['a random base64url secret', 'x2FhJ0m8hW3oT1pJ4cV7nQ9rZs6Ke5bY0dLgU2aXwEo'],
    ['a password', 'correct horse battery staple'],
    ['jwt.io’s default', 'your-256-bit-secret'],
  ])('does not flag %s', (_name, text) => {
    expect(publicKeyInSecret(text, utf8(text))).toBeNull();
  });
});
