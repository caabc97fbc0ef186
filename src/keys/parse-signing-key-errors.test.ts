import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ErrorCode, ErrorField } from '@/core/errors';
import type { SecretEncoding } from './key-types';
import { parseSigningKey } from './parse-signing-key';
import { PUBLIC_KEY_MESSAGE } from './signing-key-import';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');

const pemOf = (key: KeyObject, type: string, extra: object = {}): string =>
  String(key.export({ format: 'pem', type, ...extra } as never));
const jwkOf = (key: KeyObject): Record<string, unknown> =>
  key.export({ format: 'jwk' }) as Record<string, unknown>;
const json = (value: unknown): string => JSON.stringify(value);
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

const PUBLIC_KEYS: readonly (readonly [string, string])[] = [
  ['an RSA SPKI PEM', pemOf(rsa.publicKey, 'spki')],
  ['an RSA PKCS#1 public PEM', pemOf(rsa.publicKey, 'pkcs1')],
  ['an EC SPKI PEM', pemOf(ec.publicKey, 'spki')],
  ['an Ed25519 SPKI PEM', pemOf(ed.publicKey, 'spki')],
  ['an X.509 certificate', fixture('throwaway-cert.pem')],
  ['a public RSA JWK', json(jwkOf(rsa.publicKey))],
  ['a public EC JWK', json({ ...jwkOf(ec.publicKey), kid: 'x' })],
  ['a JWKS of public keys', json({ keys: [jwkOf(rsa.publicKey), jwkOf(ed.publicKey)] })],
  [
    'an OpenSSH public key',
    'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEw6Ph6H7F7zZ9vJ4fTgGNkS0Q3dXhVq2R8c5W9mYp1k me@host',
  ],
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseSigningKey', () => {
  it("returns KEY_UNSUPPORTED when this browser's WebCrypto lacks the key type", async () => {
    vi.spyOn(crypto.subtle, 'importKey').mockRejectedValueOnce(
      new DOMException('Unrecognized algorithm name', 'NotSupportedError'),
    );
    const result = await parseSigningKey(pemOf(ed.privateKey, 'pkcs8'), 'utf8');
    expect(result).toMatchObject({ ok: false, error: { code: 'KEY_UNSUPPORTED', field: 'key' } });
    expect(result.ok || result.error.message).toContain('cannot sign with Ed25519 keys');
  });

  it.each(PUBLIC_KEYS)('refuses %s: a public key cannot sign', async (_name, text) => {
    const result = await parseSigningKey(text, 'utf8');
    expect(result).toEqual({
      ok: false,
      error: { code: 'KEY_INVALID', field: 'key', message: PUBLIC_KEY_MESSAGE },
    });
  });

  it.each<readonly [string, string, SecretEncoding, ErrorCode, ErrorField, string]>([
    ['empty text', '', 'utf8', 'KEY_EMPTY', 'key', 'is empty'],
    ['only whitespace', ' \n\t ', 'base64', 'KEY_EMPTY', 'key', 'is empty'],
    [
      'a PKCS#8 PEM with garbage inside',
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
      'utf8',
      'KEY_INVALID',
      'key',
      'malformed DER',
    ],
    [
      'a PKCS#1 PEM with garbage inside',
      '-----BEGIN RSA PRIVATE KEY-----\nMAMCAQA=\n-----END RSA PRIVATE KEY-----',
      'utf8',
      'KEY_INVALID',
      'key',
      'could not be loaded',
    ],
    [
      'a cut-short PEM',
      pemOf(rsa.privateKey, 'pkcs8').split('\n').slice(0, 5).join('\n'),
      'utf8',
      'KEY_INVALID',
      'key',
      'cut short',
    ],
    [
      'a password-encrypted PKCS#8 PEM',
      pemOf(rsa.privateKey, 'pkcs8', { cipher: 'aes-256-cbc', passphrase: 'pw' }),
      'utf8',
      'KEY_UNSUPPORTED',
      'key',
      'openssl pkey -in key.pem -out key-decrypted.pem',
    ],
    [
      'a password-encrypted PKCS#1 PEM (Proc-Type)',
      pemOf(rsa.privateKey, 'pkcs1', { cipher: 'aes-256-cbc', passphrase: 'pw' }),
      'utf8',
      'KEY_UNSUPPORTED',
      'key',
      'openssl pkey -in key.pem -out key-decrypted.pem',
    ],
    [
      'a password-encrypted SEC1 PEM (Proc-Type)',
      pemOf(ec.privateKey, 'sec1', { cipher: 'aes-128-cbc', passphrase: 'pw' }),
      'utf8',
      'KEY_UNSUPPORTED',
      'key',
      'encrypted with a password',
    ],
    [
      'an OpenSSH private key',
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----',
      'utf8',
      'KEY_UNSUPPORTED',
      'key',
      'ssh-keygen -p -m PKCS8',
    ],
    [
      'an Ed448 private key',
      pemOf(generateKeyPairSync('ed448').privateKey, 'pkcs8'),
      'utf8',
      'KEY_UNSUPPORTED',
      'key',
      'Ed448',
    ],
    [
      'a secp256k1 private key',
      pemOf(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey, 'sec1'),
      'utf8',
      'KEY_UNSUPPORTED',
      'key',
      'secp256k1',
    ],
    ['broken JSON', '{"kty": "EC", ', 'utf8', 'KEY_INVALID', 'key', 'not valid JSON'],
    ['a JSON array', '[{"kty":"oct","k":"AAAA"}]', 'utf8', 'KEY_INVALID', 'key', 'JSON array'],
    ['JSON that is no JWK', '{"hello":"world"}', 'utf8', 'KEY_INVALID', 'key', 'neither a JWK'],
    ['an empty JWKS', '{"keys":[]}', 'utf8', 'KEY_INVALID', 'key', 'non-empty array'],
    ['a JWKS of junk', '{"keys":[1,"a"]}', 'utf8', 'KEY_INVALID', 'key', 'None of the entries'],
    [
      'a JWK with p and q but no d',
      json({ ...jwkOf(rsa.privateKey), d: undefined }),
      'utf8',
      'KEY_INVALID',
      'key',
      'but no "d"',
    ],
    [
      'a JWK whose d is not base64url',
      json({ ...jwkOf(ec.privateKey), d: 'a+b/' }),
      'utf8',
      'KEY_INVALID',
      'key',
      '"d"',
    ],
    [
      'an RSA JWK without CRT members',
      json({ kty: 'RSA', n: jwkOf(rsa.privateKey)['n'], e: 'AQAB', d: jwkOf(rsa.privateKey)['d'] }),
      'utf8',
      'KEY_UNSUPPORTED',
      'key',
      '"p", "q", "dp", "dq", "qi"',
    ],
    [
      "an RSA JWK with another key's private members",
      json({ ...jwkOf(otherRsa.privateKey), n: jwkOf(rsa.privateKey)['n'] }),
      'utf8',
      'KEY_INVALID',
      'key',
      'do not match',
    ],
    [
      'an EC JWK whose d belongs to another key',
      json({
        ...jwkOf(ec.privateKey),
        d: jwkOf(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey)['d'],
      }),
      'utf8',
      'KEY_INVALID',
      'key',
      'could not be loaded',
    ],
    ['an unsupported kty', '{"kty":"DSA","d":"AAAA"}', 'utf8', 'KEY_UNSUPPORTED', 'key', 'DSA'],
    ['text that is no encoding at all', 'zz not hex!', 'hex', 'KEY_INVALID', 'key', 'not valid hex'],
    ['base64url text given as base64', 'ab-_cd', 'base64', 'KEY_INVALID', 'secretEncoding', 'base64url'],
  ])('refuses %s', async (_name, text, encoding, code, field, fragment) => {
    const result = await parseSigningKey(text, encoding);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe(field);
    expect(result.error.message).toContain(fragment);
  });

  it('never throws, whatever the text', async () => {
    const prefixes = [
      '',
      '{',
      '{"kty":"RSA",',
      '{"keys":[',
      '-----BEGIN PRIVATE KEY-----\n',
      '-----BEGIN EC PRIVATE KEY-----\n',
    ];
    const encodings: readonly SecretEncoding[] = ['utf8', 'base64', 'base64url', 'hex'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...prefixes),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom(...encodings),
        async (prefix, body, encoding) => {
          const result = await parseSigningKey(prefix + body, encoding);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on PEMs with random DER inside', async () => {
    const labels = ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...labels), fc.uint8Array({ maxLength: 300 }), async (label, der) => {
        const body = Buffer.from(der).toString('base64');
        const result = await parseSigningKey(
          `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`,
          'utf8',
        );
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
