import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECRET_ENCODINGS } from './key-types';
import { parseKey } from './parse-key';
import { encodePem } from './pem';

const LABELS = [
  'PUBLIC KEY',
  'RSA PUBLIC KEY',
  'CERTIFICATE',
  'PRIVATE KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'ENCRYPTED PRIVATE KEY',
  'FOO',
];
const encoding = fc.constantFrom(...SECRET_ENCODINGS);
const anyText = fc.string({ unit: 'binary', maxLength: 300 });

/** Real DER of each kind, for mutation: the parser must survive every flipped or cut byte. */
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');
const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const SEEDS: [label: string, der: Uint8Array][] = [
  ['PUBLIC KEY', ec.publicKey.export({ format: 'der', type: 'spki' })],
  ['PRIVATE KEY', ec.privateKey.export({ format: 'der', type: 'pkcs8' })],
  ['EC PRIVATE KEY', ec.privateKey.export({ format: 'der', type: 'sec1' })],
  ['PRIVATE KEY', ed.privateKey.export({ format: 'der', type: 'pkcs8' })],
  ['RSA PRIVATE KEY', rsa.privateKey.export({ format: 'der', type: 'pkcs1' })],
  ['RSA PUBLIC KEY', rsa.publicKey.export({ format: 'der', type: 'pkcs1' })],
].map(([label, der]) => [String(label), new Uint8Array(der as Uint8Array)]);

/** Resolves (never rejects) to a well-formed Result. */
async function expectResult(text: string, secretEncoding: (typeof SECRET_ENCODINGS)[number]): Promise<void> {
  const result = await parseKey(text, secretEncoding);
  if (result.ok) expect(result.value.candidates.length).toBeGreaterThan(0);
  else expect(result.error.message.length).toBeGreaterThan(0);
}

describe('parseKey (property)', () => {
  it('returns a Result for any string', async () => {
    await fc.assert(fc.asyncProperty(anyText, encoding, expectResult), { numRuns: 500 });
  });

  it('returns a Result for any text in PEM armour, with any base64 body', async () => {
    const body = fc.oneof(
      anyText,
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('base64')),
    );
    const pem = fc
      .tuple(fc.constantFrom(...LABELS), body)
      .map(([label, text]) => `-----BEGIN ${label}-----\n${text}\n-----END ${label}-----`);
    await fc.assert(fc.asyncProperty(pem, encoding, expectResult), { numRuns: 500 });
  });

  it('returns a Result for any text or JSON object in braces', async () => {
    const kty = fc.constantFrom('RSA', 'EC', 'OKP', 'oct', 'foo', 1, null);
    const jwkLike = fc
      .tuple(kty, fc.dictionary(fc.string(), fc.jsonValue()))
      .map(([k, rest]) => JSON.stringify({ ...rest, kty: k }));
    const jwks = fc.array(jwkLike, { maxLength: 4 }).map((keys) => `{"keys":[${keys.join(',')}]}`);
    const braces = anyText.map((text) => `{${text}}`);
    await fc.assert(fc.asyncProperty(fc.oneof(braces, jwkLike, jwks), encoding, expectResult), {
      numRuns: 500,
    });
  });

  it('returns a Result for real key DER with bytes changed or cut', async () => {
    const mutated = fc
      .tuple(
        fc.constantFrom(...SEEDS),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        fc.nat(),
      )
      .map(([[label, der], edits, cut]) => {
        const copy = der.slice(0, der.length - (cut % 8));
        for (const [at, byte] of edits) copy[at % copy.length] = byte;
        return encodePem(label, copy);
      });
    await fc.assert(fc.asyncProperty(mutated, encoding, expectResult), { numRuns: 1000 });
  });
});
