import { generateKeyPairSync, X509Certificate, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import type { KeySource } from './key-types';
import { encodeOid } from './der-write';
import { parseKey } from './parse-key';
import { encodePem } from './pem';

// Throwaway key pairs from Node's crypto, in every format Node exports; Node's own public JWK is the
// independent expected value.
/** One way of writing a throwaway key, and what parseKey must make of it. */
interface KeyFormatCase {
  readonly name: string;
  readonly text: string;
  readonly source: KeySource;
  readonly fromPrivate: boolean;
  readonly expected: JWK;
  readonly description: string;
}

type Kind = 'RSA' | 'P-256' | 'P-384' | 'P-521' | 'Ed25519';

function generate(kind: Kind): { publicKey: KeyObject; privateKey: KeyObject } {
  if (kind === 'RSA') return generateKeyPairSync('rsa', { modulusLength: 2048 });
  if (kind === 'Ed25519') return generateKeyPairSync('ed25519');
  return generateKeyPairSync('ec', { namedCurve: kind });
}

const pem = (key: KeyObject, type: 'spki' | 'pkcs1' | 'pkcs8' | 'sec1'): string =>
  String(key.export({ format: 'pem', type } as never));
const jwkText = (key: KeyObject): string => JSON.stringify(key.export({ format: 'jwk' }));

/** Every format of a freshly generated key of each kind. */
function makeKeyFormatCases(): KeyFormatCase[] {
  const out: KeyFormatCase[] = [];
  for (const kind of ['RSA', 'P-256', 'P-384', 'P-521', 'Ed25519'] as const) {
    const { publicKey, privateKey } = generate(kind);
    const expected = publicKey.export({ format: 'jwk' }) as JsonWebKey as JWK;
    const base =
      kind === 'RSA'
        ? 'RSA 2048-bit public key'
        : kind === 'Ed25519'
          ? 'Ed25519 public key'
          : `EC ${kind} public key`;
    const add = (format: string, text: string, source: KeySource, fromPrivate: boolean, origin: string) =>
      out.push({
        name: `${kind} ${format}`,
        text,
        source,
        fromPrivate,
        expected,
        description: origin ? `${base} (${origin})` : base,
      });
    add('SPKI PEM', pem(publicKey, 'spki'), 'pem-spki', false, '');
    add('PKCS#8 PEM', pem(privateKey, 'pkcs8'), 'pem-pkcs8', true, 'from a PKCS#8 private key');
    add('public JWK', jwkText(publicKey), 'jwk', false, '');
    add('private JWK', jwkText(privateKey), 'jwk', true, 'from a private JWK');
    if (kind === 'RSA') {
      add('PKCS#1 public PEM', pem(publicKey, 'pkcs1'), 'pem-pkcs1-public', false, 'from a PKCS#1 PEM');
      add(
        'PKCS#1 private PEM',
        pem(privateKey, 'pkcs1'),
        'pem-pkcs1-private',
        true,
        'from a PKCS#1 private key',
      );
    } else if (kind !== 'Ed25519') {
      add('SEC1 PEM', pem(privateKey, 'sec1'), 'pem-sec1', true, 'from a SEC1 EC private key');
    }
  }
  return out;
}

const FORMAT_CASES = makeKeyFormatCases();
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseKey', () => {
  it.each(FORMAT_CASES)(
    'reads $name as the public JWK Node exports',
    async ({ text, source, fromPrivate, expected, description }) => {
      const result = await parseKey(text, 'utf8');
      expect(result.ok, JSON.stringify(result)).toBe(true);
      if (!result.ok) return;
      expect(result.value.source).toBe(source);
      expect(result.value.candidates).toHaveLength(1);
      const [candidate] = result.value.candidates;
      expect(candidate?.jwk).toEqual(expected);
      expect(candidate?.fromPrivate).toBe(fromPrivate);
      expect(candidate?.description).toBe(description);
      expect(candidate?.bits).toBe(expected.kty === 'RSA' ? 2048 : undefined);
      expect(result.value.notes.some((note) => note.includes('private key was given'))).toBe(fromPrivate);
      expect(result.value.secret).toBeUndefined();
    },
  );

  it.each(['throwaway-cert.pem', 'throwaway-cert-ec.pem'])(
    'reads the public key of the certificate %s',
    async (name) => {
      const text = fixture(name);
      const expected = new X509Certificate(text).publicKey.export({ format: 'jwk' });
      const result = await parseKey(text, 'utf8');
      expect(result.ok && result.value.source).toBe('pem-x509');
      expect(result.ok && result.value.candidates[0]?.jwk).toEqual(expected);
      expect(result.ok && result.value.candidates[0]?.description).toMatch(
        /^(RSA 2048-bit|EC P-256) public key \(from an X\.509 certificate\)$/,
      );
      expect(result.ok && result.value.notes.join(' ')).toContain('not checked');
    },
  );

  it.each([
    ['throwaway-cert-key.pem', 'throwaway-cert.pem'],
    ['throwaway-cert-ec-key.pem', 'throwaway-cert-ec.pem'],
  ])('reads the private key %s as the public key of %s', async (keyName, certName) => {
    const result = await parseKey(fixture(keyName), 'utf8');
    const expected = new X509Certificate(fixture(certName)).publicKey.export({ format: 'jwk' });
    expect(result.ok && result.value.candidates[0]?.jwk).toEqual(expected);
    expect(result.ok && result.value.source).toBe('pem-pkcs8');
  });

  it('skips the EC PARAMETERS block that `openssl ecparam -genkey` writes first', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const params = encodePem('EC PARAMETERS', encodeOid('1.2.840.10045.3.1.7'));
    const result = await parseKey(
      params + String(privateKey.export({ format: 'pem', type: 'sec1' })),
      'utf8',
    );
    expect(result.ok && result.value.candidates[0]?.jwk).toEqual(publicKey.export({ format: 'jwk' }));
    expect(result.ok && result.value.notes.some((note) => note.includes('PEM blocks'))).toBe(false);
  });

  it('reads the key of a certificate chain and says the rest is ignored', async () => {
    const text = fixture('throwaway-cert.pem') + fixture('throwaway-cert-ec.pem');
    const result = await parseKey(text, 'utf8');
    expect(result.ok && result.value.candidates[0]?.jwk.kty).toBe('RSA');
    expect(result.ok && result.value.notes.join(' ')).toContain('holds 2 PEM blocks');
  });

  it.each([
    ['utf8', 'your-256-bit-secret', 'eW91ci0yNTYtYml0LXNlY3JldA', 152],
    ['base64', 'c2VjcmV0', 'c2VjcmV0', 48],
    ['base64url', '_-8', '_-8', 16],
    ['hex', '00ff', 'AP8', 16],
  ] as const)('reads a %s secret as an oct JWK', async (encoding, text, k, bits) => {
    const result = await parseKey(text, encoding);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.source).toBe('secret');
    expect(result.value.candidates[0]).toEqual({
      jwk: { kty: 'oct', k },
      bits,
      fromPrivate: false,
      description: `${bits / 8}-byte HMAC secret (${bits} bits)`,
    });
    expect(result.value.secret?.encoding).toBe(encoding);
    expect(result.value.secret?.bytes.length).toBe(bits / 8);
  });

  it('keeps spaces in a UTF-8 secret, drops the pasted line break, and says both', async () => {
    const result = await parseKey(' a b \n', 'utf8');
    expect(result.ok && new TextDecoder().decode(result.value.secret?.bytes)).toBe(' a b ');
    expect(result.ok && result.value.notes).toHaveLength(2);
  });

  it('treats a JSON-looking secret under another encoding as JSON first', async () => {
    const result = await parseKey('{"kty":"oct","k":"c2VjcmV0"}', 'hex');
    expect(result.ok && result.value.source).toBe('jwk');
  });
});
