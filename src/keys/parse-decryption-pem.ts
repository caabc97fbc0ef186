/**
 * A pasted PEM read for JWE: a private key (PKCS#8, PKCS#1, SEC1) becomes a private JWK by way of
 * WebCrypto, which checks the numbers and fills in every member; a public key or certificate becomes
 * a public candidate (it can encrypt, not decrypt). X25519 is read here too: ECDH-ES uses it.
 */
import type { JWK } from 'jose';
import { base64urlToBytes, bytesToBase64url } from '@/encoding/base64';
import { fail, ok, type Result } from '@/core/errors';
import { childrenOf, readBitString, readOctetString, readOid, readOnly, readSmallInteger, TAG } from './der';
import type { DecryptionCandidate, ParsedDecryptionKey } from './decryption-key';
import { keyMaterialJwk } from './export-key';
import type { KeySource } from './key-types';
import { OID } from './oids';
import { describePrivate } from './parse-decryption-jwk';
import { parsePemKey } from './parse-pem-key';
import { ecAlgorithm, readSec1, rsaAlgorithm, wrapPkcs8 } from './pkcs8-wrap';
import { readPemBlocks, type PemBlock } from './pem';
import { bitLength, malformedDer, unsupportedOid } from './public-jwk';

const X25519_OID = '1.3.101.110';
const PUBLIC_LABELS = ['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE', 'X509 CERTIFICATE'];
const ENCRYPTED =
  'This private key is encrypted with a password, which this page does not ask for. Decrypt a copy first with `openssl pkey -in key.pem -out key-decrypted.pem`, and never paste a production key into a web page.';

type Import = {
  readonly algorithm: AlgorithmIdentifier | RsaHashedImportParams | EcKeyImportParams;
  readonly usage: KeyUsage;
};
const RSA: Import = { algorithm: { name: 'RSA-OAEP', hash: 'SHA-256' }, usage: 'decrypt' };
const ecdh = (namedCurve: string): Import => ({
  algorithm: { name: 'ECDH', namedCurve },
  usage: 'deriveBits',
});
const X25519: Import = { algorithm: { name: 'X25519' }, usage: 'deriveBits' };

/** Reads the first key block of a PEM as a JWE decryption key (or, for a public key, an encryption key). */
export async function parseDecryptionPem(text: string): Promise<Result<ParsedDecryptionKey>> {
  const blocks = readPemBlocks(text);
  if (!blocks.ok) return blocks;
  const keyBlocks = blocks.value.filter((block) => block.label !== 'EC PARAMETERS');
  const block = keyBlocks[0];
  if (!block)
    return fail('KEY_INVALID', 'key', 'This PEM holds only EC PARAMETERS; the key block is missing.');
  if (block.headers['Proc-Type']?.includes('ENCRYPTED') || block.label === 'ENCRYPTED PRIVATE KEY')
    return fail('KEY_UNSUPPORTED', 'key', ENCRYPTED);
  if (PUBLIC_LABELS.includes(block.label)) return readPublic(text, block);
  const candidate = await readPrivate(block);
  if (!candidate.ok) return candidate;
  return ok({ source: sourceOf(block.label), candidates: [candidate.value], notes: [] });
}

function sourceOf(label: string): KeySource {
  return label === 'RSA PRIVATE KEY'
    ? 'pem-pkcs1-private'
    : label === 'EC PRIVATE KEY'
      ? 'pem-sec1'
      : 'pem-pkcs8';
}

async function readPrivate(block: PemBlock): Promise<Result<DecryptionCandidate>> {
  switch (block.label) {
    case 'PRIVATE KEY':
      return fromPkcs8(block.der);
    case 'RSA PRIVATE KEY':
      if (!readOnly(block.der, TAG.SEQUENCE)) return malformedDer('PKCS#1 RSA private key');
      return importPrivate(wrapPkcs8(rsaAlgorithm(), block.der), RSA);
    case 'EC PRIVATE KEY':
      return fromSec1(block.der, undefined);
    default:
      return fail(
        'KEY_UNSUPPORTED',
        'key',
        `A "${block.label}" PEM block is not a decryption key. Use PRIVATE KEY (PKCS#8), RSA PRIVATE KEY (PKCS#1) or EC PRIVATE KEY (SEC1).`,
      );
  }
}

async function fromPkcs8(der: Uint8Array): Promise<Result<DecryptionCandidate>> {
  const fields = childrenOf(readOnly(der, TAG.SEQUENCE) ?? undefined);
  const algorithm = childrenOf(fields?.[1]);
  const oid = readOid(algorithm?.[0]);
  const inner = readOctetString(fields?.[2]);
  if (!fields || readSmallInteger(fields[0]) === null || !algorithm || !oid || !inner)
    return malformedDer('PKCS#8 private key');
  switch (oid) {
    case OID.rsaEncryption:
      return importPrivate(der, RSA);
    case OID.rsassaPss:
      // Browsers refuse the id-RSASSA-PSS OID; the same numbers under rsaEncryption import everywhere.
      return importPrivate(wrapPkcs8(rsaAlgorithm(), inner), RSA);
    case OID.ecPublicKey:
      return fromSec1(inner, readOid(algorithm[1]) ?? undefined);
    case X25519_OID:
      return importPrivate(der, X25519);
    case OID.ed25519:
      return fail(
        'KEY_UNSUPPORTED',
        'key',
        'This is an Ed25519 key: it signs (EdDSA). JWE key agreement (ECDH-ES) uses X25519 or EC P-256/384/521 keys.',
      );
    default:
      return unsupportedOid(oid);
  }
}

async function fromSec1(
  der: Uint8Array,
  outerCurve: string | undefined,
): Promise<Result<DecryptionCandidate>> {
  const sec1 = readSec1(der, outerCurve);
  if (!sec1.ok) return sec1;
  const { curveOid, crv } = sec1.value;
  return importPrivate(wrapPkcs8(ecAlgorithm(curveOid), der), ecdh(crv));
}

/** WebCrypto checks the key; its JWK export gives every member (the RSA CRT values included). */
async function importPrivate(pkcs8: Uint8Array, how: Import): Promise<Result<DecryptionCandidate>> {
  try {
    const key = await crypto.subtle.importKey('pkcs8', new Uint8Array(pkcs8), how.algorithm, true, [
      how.usage,
    ]);
    const jwk = keyMaterialJwk((await crypto.subtle.exportKey('jwk', key)) as JWK);
    const n = jwk.n === undefined ? null : base64urlToBytes(jwk.n);
    const bits = n ? bitLength(n) : undefined;
    return ok({
      kind: 'private',
      jwk,
      description: describePrivate(jwk, bits),
      ...(bits !== undefined && { bits }),
    });
  } catch {
    return fail(
      'KEY_INVALID',
      'key',
      'This private key could not be loaded: its numbers do not form a valid key (a value is damaged, or the key was cut short). Copy the key again in full.',
    );
  }
}

/** A public key or certificate: it encrypts; the verdict says why it cannot decrypt. */
async function readPublic(text: string, block: PemBlock): Promise<Result<ParsedDecryptionKey>> {
  const x25519 = block.label === 'PUBLIC KEY' ? readX25519Spki(block.der) : null;
  if (x25519) {
    const candidate: DecryptionCandidate = { kind: 'public', jwk: x25519, description: 'X25519 public key' };
    return ok({ source: 'pem-spki', candidates: [candidate], notes: [] });
  }
  const parsed = await parsePemKey(text);
  if (!parsed.ok) return parsed;
  const candidates = parsed.value.candidates.map((candidate): DecryptionCandidate => ({
    kind: 'public',
    jwk: candidate.jwk,
    description: candidate.description,
    ...(candidate.bits !== undefined && { bits: candidate.bits }),
  }));
  return ok({ source: parsed.value.source, candidates, notes: parsed.value.notes });
}

function readX25519Spki(der: Uint8Array): JWK | null {
  const fields = childrenOf(readOnly(der, TAG.SEQUENCE) ?? undefined);
  const oid = readOid(childrenOf(fields?.[0])?.[0]);
  const x = readBitString(fields?.[1]);
  if (oid !== X25519_OID || !x || x.length !== 32) return null;
  return { kty: 'OKP', crv: 'X25519', x: bytesToBase64url(x) };
}
