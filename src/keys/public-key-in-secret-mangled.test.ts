import { generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicKeyInSecret } from './public-key-in-secret';
import { mayHidePublicKey } from './public-key-shape';

// Throwaway keys, made for this run: what matters is their shape after a careless copy and paste.
const KEYS: [string, KeyObject][] = [
  ['RSA 2048', generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey],
  ['EC P-256', generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey],
  ['EC P-384', generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey],
  ['Ed25519', generateKeyPairSync('ed25519').publicKey],
];

interface Forms {
  readonly pem: string;
  readonly der: Buffer;
  readonly body: string;
}

const formsOf = (key: KeyObject): Forms => {
  const pem = key.export({ type: 'spki', format: 'pem' }).toString();
  const der = key.export({ type: 'spki', format: 'der' });
  return { pem, der, body: der.toString('base64') };
};

const dashes = (pem: string, dash: string) => pem.replace(/-{5}/g, dash);
const lowerArmour = (pem: string) => pem.replace(/-{5}[^-]+-{5}/g, (line) => line.toLowerCase());
const hexPairs = (bytes: Buffer, separator: string) =>
  bytes.toString('hex').replace(/(..)(?!$)/g, `$1${separator}`);

const MANGLINGS: [string, (forms: Forms) => string][] = [
  ['the body in double quotes', ({ body }) => `"${body}"`],
  ['the body in single quotes', ({ body }) => `'${body}'`],
  ['the PEM as a JSON string (\\n escapes, quotes)', ({ pem }) => JSON.stringify(pem)],
  ['the PEM with \\n escapes and no quotes', ({ pem }) => pem.replaceAll('\n', '\\n')],
  ['the body with \\r\\n escapes left in', ({ body }) => body.replace(/(.{64})/g, '$1\\r\\n')],
  ['the body on CRLF lines', ({ body }) => body.replace(/(.{64})/g, '$1\r\n')],
  ['one-dash armour', ({ pem }) => dashes(pem, '-')],
  ['two-dash armour', ({ pem }) => dashes(pem, '--')],
  ['em-dash armour', ({ pem }) => dashes(pem, '—————')],
  ['a single em dash', ({ pem }) => dashes(pem, '—')],
  ['en-dash armour', ({ pem }) => dashes(pem, '–––––')],
  ['hyphen (U+2010) armour', ({ pem }) => dashes(pem, '‐‐‐‐‐')],
  ['minus-sign armour', ({ pem }) => dashes(pem, '−−−−−')],
  ['mixed dash-like armour', ({ pem }) => dashes(pem, '-—–‐−')],
  ['lower-case armour', ({ pem }) => lowerArmour(pem)],
  [
    'lower-case one-dash armour on one line',
    ({ pem }) => dashes(lowerArmour(pem).replaceAll('\n', ' '), '-'),
  ],
  ['armour without its closing dashes', ({ pem }) => pem.replace(/KEY-----/g, 'KEY')],
  ['armour with spaces inside the dashes', ({ pem }) => dashes(pem, '- - -')],
  ['the whole PEM on one line', ({ pem }) => pem.replaceAll('\n', ' ')],
  ['the PEM indented (YAML)', ({ pem }) => `key: |\n${pem.replace(/^/gm, '  ')}`],
  ['smart quotes around em-dash armour', ({ pem }) => `“${dashes(pem, '—')}”`],
  ['the DER as lower-case hex', ({ der }) => der.toString('hex')],
  ['the DER as upper-case hex with colons', ({ der }) => hexPairs(der, ':').toUpperCase()],
  ['the DER as hex with spaces and 0x', ({ der }) => `0x${hexPairs(der, ' ')}`],
  ['the body as base64url', ({ der }) => der.toString('base64url')],
  [
    'the body as base64url in armour',
    ({ der }) => `-----BEGIN PUBLIC KEY-----\n${der.toString('base64url')}\n-----END PUBLIC KEY-----`,
  ],
];

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('publicKeyInSecret with mangled public keys', () => {
  const cases = KEYS.flatMap(([type, key]) =>
    MANGLINGS.map(([mangling, mangle]) => [type, mangling, mangle(formsOf(key))] as const),
  );
  it.each(cases)('recognises %s as %s', (_type, _mangling, text) => {
    expect(publicKeyInSecret(text, utf8(text))).not.toBeNull();
    // The cheap gate in front of the guard must let every recognised form through.
    expect(mayHidePublicKey(text, utf8(text))).toBe(true);
  });

  it.each(KEYS)('lets the raw DER of %s through the gate as secret bytes', (_type, key) => {
    const der = new Uint8Array(formsOf(key).der);
    expect(publicKeyInSecret('…', der)).not.toBeNull();
    expect(mayHidePublicKey('…', der)).toBe(true);
  });
});

/** The modulus n of an RSA key, as `openssl rsa -pubin -text -noout` prints it (and variants). */
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey;
const rsa4096 = generateKeyPairSync('rsa', { modulusLength: 4096 }).publicKey;
const modulusOf = (key: KeyObject) => Buffer.from(String(key.export({ format: 'jwk' }).n), 'base64url');
const opensslText = (key: KeyObject) => {
  const withSign = Buffer.concat([Buffer.from([0]), modulusOf(key)]);
  const lines = hexPairs(withSign, ':').match(/.{1,45}/g) ?? [];
  const bits = modulusOf(key).length * 8;
  return `Public-Key: (${bits} bit)\nModulus:\n${lines.map((line) => `    ${line}`).join('\n')}\nExponent: 65537 (0x10001)\n`;
};

describe('publicKeyInSecret with an RSA modulus as hex', () => {
  const n = modulusOf(rsa);
  const signed = Buffer.concat([Buffer.from([0]), n]);
  it.each([
    ['the whole `openssl rsa -text` output', opensslText(rsa)],
    ['the whole `openssl rsa -text` output of a 4096-bit key', opensslText(rsa4096)],
    [
      'the modulus block as openssl prints it (00:c3:…, indented)',
      opensslText(rsa).split('\n').slice(2, -2).join('\n'),
    ],
    ['the modulus with colons, on one line', hexPairs(signed, ':')],
    ['the modulus with colons, without the leading 00', hexPairs(n, ':')],
    ['the modulus with its leading 00, colons and spaces removed', signed.toString('hex')],
    ['the modulus with its leading 00 as space-separated pairs', hexPairs(signed, ' ')],
    ['`openssl rsa -modulus` output', `Modulus=${n.toString('hex').toUpperCase()}`],
    ['the modulus after a "modulus:" label, in quotes', `"modulus: ${n.toString('hex')}"`],
  ])('recognises %s', (_name, text) => {
    expect(publicKeyInSecret(text, utf8(text))).toMatch(/modulus/);
    expect(mayHidePublicKey(text, utf8(text))).toBe(true);
  });
});

describe('publicKeyInSecret with other public keys', () => {
  const certificate = readFileSync(new URL('./fixtures/throwaway-cert.pem', import.meta.url), 'utf8');
  const certificateDer = new X509Certificate(certificate).raw;
  it.each([
    ['a certificate with em-dash armour', dashes(certificate, '—————')],
    ['a certificate as hex', certificateDer.toString('hex')],
    [
      'a PKCS#1 RSA key in lower-case armour',
      lowerArmour(rsa.export({ type: 'pkcs1', format: 'pem' }).toString()),
    ],
    [
      'an X25519 key (a public key this tool cannot verify with)',
      formsOf(generateKeyPairSync('x25519').publicKey).body,
    ],
    ['an Ed448 key in one-dash armour', dashes(formsOf(generateKeyPairSync('ed448').publicKey).pem, '-')],
  ])('recognises %s', (_name, text) => {
    expect(publicKeyInSecret(text, utf8(text))).not.toBeNull();
    expect(mayHidePublicKey(text, utf8(text))).toBe(true);
  });
});
