import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ErrorCode, ErrorField } from '@/core/errors';
import type { SecretEncoding } from './key-types';
import { parseKey } from './parse-key';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const spkiPem = (key: KeyObject) => String(key.export({ format: 'pem', type: 'spki' }));
const rsaSpki = spkiPem(rsa.publicKey);
const encryptedPkcs8 = String(
  rsa.privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'x' }),
);
const encryptedPkcs1 = String(
  rsa.privateKey.export({ format: 'pem', type: 'pkcs1', cipher: 'aes-256-cbc', passphrase: 'x' }),
);
const lines = rsaSpki.split('\n');
// Drop whole 64-character lines (a multiple of 4): the base64 stays decodable, the DER comes up short.
const truncatedDer = [...lines.slice(0, 3), ...lines.slice(-3)].join('\n');
const brokenBase64 = rsaSpki.replace(/\n(.)/, '\n%');
const secp256k1 = spkiPem(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey);

type Row = [
  name: string,
  text: string,
  encoding: SecretEncoding,
  code: ErrorCode,
  field: ErrorField,
  message: string | RegExp,
];

const ROWS: Row[] = [
  ['an empty field', '', 'utf8', 'KEY_EMPTY', 'key', 'empty'],
  ['only whitespace', ' \n\t ', 'base64', 'KEY_EMPTY', 'key', 'empty'],
  ['JSON with a syntax error', '{"kty": "RSA", "n": }', 'utf8', 'KEY_INVALID', 'key', 'line 1, column 21'],
  [
    'truncated JSON',
    '{"kty": "RSA",\n "n": "AQAB"',
    'utf8',
    'KEY_INVALID',
    'key',
    'ends too early (something is not closed) at line 2',
  ],
  ['an RSA JWK without n', '{"kty":"RSA","e":"AQAB"}', 'utf8', 'KEY_INVALID', 'key', 'no "n" (modulus)'],
  [
    'an RSA JWK with padded n',
    '{"kty":"RSA","n":"AQAB==","e":"AQAB"}',
    'utf8',
    'KEY_INVALID',
    'key',
    'not base64url',
  ],
  [
    'a JWK with a short EC coordinate',
    '{"kty":"EC","crv":"P-256","x":"AQAB","y":"AQAB"}',
    'utf8',
    'KEY_INVALID',
    'key',
    'must be 32',
  ],
  ['a JWK without kty', '{"kty": 3}', 'utf8', 'KEY_INVALID', 'key', 'no "kty"'],
  ['an unknown kty', '{"kty":"foo"}', 'utf8', 'KEY_UNSUPPORTED', 'key', 'Unsupported kty "foo"'],
  ['an Ed448 JWK', '{"kty":"OKP","crv":"Ed448","x":"AA"}', 'utf8', 'KEY_UNSUPPORTED', 'key', 'Ed448'],
  [
    'an X25519 JWK',
    '{"kty":"OKP","crv":"X25519","x":"AA"}',
    'utf8',
    'KEY_UNSUPPORTED',
    'key',
    'X25519 is a key-agreement',
  ],
  [
    'a secp256k1 JWK',
    '{"kty":"EC","crv":"secp256k1","x":"AA","y":"AA"}',
    'utf8',
    'KEY_UNSUPPORTED',
    'key',
    'secp256k1',
  ],
  [
    'a curve named like a prototype member',
    '{"kty":"EC","crv":"constructor"}',
    'utf8',
    'KEY_UNSUPPORTED',
    'key',
    'curve "constructor"',
  ],
  ['an empty oct key', '{"kty":"oct","k":""}', 'utf8', 'KEY_INVALID', 'key', 'empty'],
  ['a JSON object that is no key', '{"alg":"HS256"}', 'utf8', 'KEY_INVALID', 'key', 'neither a JWK'],
  ['a JSON array of keys', '[{"kty":"oct","k":"AA"}]', 'utf8', 'KEY_INVALID', 'key', '{"keys": [ … ]}'],
  ['an empty JWKS', '{"keys":[]}', 'utf8', 'KEY_INVALID', 'key', 'empty'],
  ['a JWKS whose keys is no array', '{"keys":{}}', 'utf8', 'KEY_INVALID', 'key', 'must be an array'],
  [
    'a JWKS of unsupported keys',
    '{"keys":[{"kty":"foo","kid":"a"}]}',
    'utf8',
    'KEY_UNSUPPORTED',
    'key',
    'key 1 (kid "a"): Unsupported kty',
  ],
  [
    'a JWKS of broken keys',
    '{"keys":[{"kty":"RSA"},{"kty":"foo"}]}',
    'utf8',
    'KEY_INVALID',
    'key',
    'None of the 2 keys',
  ],
  [
    'a PEM with broken base64',
    brokenBase64,
    'utf8',
    'KEY_INVALID',
    'key',
    '"%" on line 2 is not a base64 character',
  ],
  ['a PEM without its END line', lines.slice(0, 4).join('\n'), 'utf8', 'KEY_INVALID', 'key', 'cut short'],
  [
    'a PEM with mismatched labels',
    rsaSpki.replace('END PUBLIC', 'END RSA PUBLIC'),
    'utf8',
    'KEY_INVALID',
    'key',
    'ends with "END RSA PUBLIC KEY"',
  ],
  ['a PEM with truncated DER', truncatedDer, 'utf8', 'KEY_INVALID', 'key', 'truncated or malformed DER'],
  [
    'an empty PEM block',
    '-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----',
    'utf8',
    'KEY_INVALID',
    'key',
    'is empty',
  ],
  ['an encrypted PKCS#8 key', encryptedPkcs8, 'utf8', 'KEY_UNSUPPORTED', 'key', 'openssl pkcs8 -in key.pem'],
  [
    'a legacy encrypted PKCS#1 key',
    encryptedPkcs1,
    'utf8',
    'KEY_UNSUPPORTED',
    'key',
    'openssl rsa -in key.pem',
  ],
  [
    'an unknown PEM label',
    '-----BEGIN FOO-----\nAAAA\n-----END FOO-----',
    'utf8',
    'KEY_UNSUPPORTED',
    'key',
    '"FOO" PEM block',
  ],
  [
    'a certificate request',
    '-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----',
    'utf8',
    'KEY_UNSUPPORTED',
    'key',
    'signing request',
  ],
  [
    'an Ed448 SPKI',
    spkiPem(generateKeyPairSync('ed448').publicKey),
    'utf8',
    'KEY_UNSUPPORTED',
    'key',
    'Ed448',
  ],
  [
    'an X25519 SPKI',
    spkiPem(generateKeyPairSync('x25519').publicKey),
    'utf8',
    'KEY_UNSUPPORTED',
    'key',
    'X25519',
  ],
  ['a secp256k1 SPKI', secp256k1, 'utf8', 'KEY_UNSUPPORTED', 'key', 'secp256k1'],
  [
    'a DSA SPKI',
    spkiPem(generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 }).publicKey),
    'utf8',
    'KEY_UNSUPPORTED',
    'key',
    'DSA',
  ],
  [
    'an OpenSSH public key',
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI user@host',
    'utf8',
    'KEY_UNSUPPORTED',
    'key',
    'ssh-keygen',
  ],
  [
    'a non-hex secret that is base64',
    'abg1',
    'hex',
    'KEY_INVALID',
    'secretEncoding',
    '"g" at position 3 is not a hex digit',
  ],
  ['a secret valid in no encoding', '%%', 'base64', 'KEY_INVALID', 'key', 'not valid base64'],
];

describe('parseKey', () => {
  it.each(ROWS)('fails on %s', async (_name, text, encoding, code, field, message) => {
    const result = await parseKey(text, encoding);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe(field);
    if (typeof message === 'string') expect(result.error.message).toContain(message);
    else expect(result.error.message).toMatch(message);
  });
});
