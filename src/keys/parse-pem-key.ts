/** A pasted PEM, turned into one public-key candidate. */
import { fail, ok, type Result } from '@/core/errors';
import { describeKey, PRIVATE_KEY_NOTE } from './describe-key';
import type { KeySource, ParsedKey } from './key-types';
import { readPemBlocks, type PemBlock } from './pem';
import { jwkFromPkcs1Private, jwkFromPkcs8, jwkFromSec1 } from './private-der';
import type { PublicKeyInfo } from './public-jwk';
import { jwkFromPkcs1Public, jwkFromSpki } from './spki';
import { jwkFromCertificate } from './x509';

type Reader = (der: Uint8Array) => Result<PublicKeyInfo> | Promise<Result<PublicKeyInfo>>;

const READERS: Readonly<Record<string, { readonly source: KeySource; readonly read: Reader }>> = {
  'PUBLIC KEY': { source: 'pem-spki', read: jwkFromSpki },
  'RSA PUBLIC KEY': { source: 'pem-pkcs1-public', read: jwkFromPkcs1Public },
  CERTIFICATE: { source: 'pem-x509', read: jwkFromCertificate },
  'X509 CERTIFICATE': { source: 'pem-x509', read: jwkFromCertificate },
  'PRIVATE KEY': { source: 'pem-pkcs8', read: jwkFromPkcs8 },
  'RSA PRIVATE KEY': { source: 'pem-pkcs1-private', read: jwkFromPkcs1Private },
  'EC PRIVATE KEY': { source: 'pem-sec1', read: (der) => jwkFromSec1(der) },
};

const UNSUPPORTED_LABELS: Readonly<Record<string, string>> = {
  'ENCRYPTED PRIVATE KEY':
    'This private key is encrypted with a password. Decrypt it first with `openssl pkcs8 -in key.pem -out key-decrypted.pem`, or better, paste only its public key: `openssl pkey -in key.pem -pubout`.',
  'OPENSSH PRIVATE KEY':
    'This is an OpenSSH private key. Paste its public key as PEM instead: `ssh-keygen -e -m PKCS8 -f key.pub`.',
  'CERTIFICATE REQUEST':
    'This is a certificate signing request, not a key. Paste the certificate or the public key.',
  'DSA PRIVATE KEY': 'DSA keys are not used by JWS.',
};

/** Parses the first key-bearing PEM block of the text (EC PARAMETERS blocks are skipped). */
export async function parsePemKey(text: string): Promise<Result<ParsedKey>> {
  const blocks = readPemBlocks(text);
  if (!blocks.ok) return blocks;
  const keyBlocks = blocks.value.filter((block) => block.label !== 'EC PARAMETERS');
  const block = keyBlocks.find((candidate) => Object.hasOwn(READERS, candidate.label)) ?? keyBlocks[0];
  if (!block)
    return fail('KEY_INVALID', 'key', 'This PEM holds only EC PARAMETERS; the key block is missing.');
  const reader = Object.hasOwn(READERS, block.label) ? READERS[block.label] : undefined;
  if (!reader) {
    const known = Object.hasOwn(UNSUPPORTED_LABELS, block.label)
      ? UNSUPPORTED_LABELS[block.label]
      : undefined;
    const fallback = `A "${block.label}" PEM block is not a key this tool reads. Use PUBLIC KEY, RSA PUBLIC KEY, CERTIFICATE, PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY.`;
    return fail('KEY_UNSUPPORTED', 'key', known ?? fallback);
  }
  if (block.headers['Proc-Type']?.includes('ENCRYPTED')) return encryptedLegacy(block);
  const info = await reader.read(block.der);
  if (!info.ok) return info;
  const fromPrivate =
    reader.source === 'pem-pkcs8' || reader.source === 'pem-pkcs1-private' || reader.source === 'pem-sec1';
  const { jwk, bits } = info.value;
  const notes = [...info.value.notes];
  if (fromPrivate) notes.push(PRIVATE_KEY_NOTE);
  if (reader.source === 'pem-x509')
    notes.push("The certificate's public key is used; its validity dates and chain are not checked.");
  if (keyBlocks.length > 1)
    notes.push(`This text holds ${keyBlocks.length} PEM blocks; only the first ${block.label} is used.`);
  const candidate = {
    jwk,
    description: describeKey(jwk, bits, reader.source),
    fromPrivate,
    ...(bits !== undefined && { bits }),
  };
  return ok({ source: reader.source, candidates: [candidate], notes });
}

/** Traditional OpenSSL encryption (RFC 1421 headers) is no more readable than PKCS#8's. */
function encryptedLegacy(block: PemBlock): Result<never> {
  const tool = block.label.startsWith('EC') ? 'ec' : 'rsa';
  return fail(
    'KEY_UNSUPPORTED',
    'key',
    `This private key is encrypted with a password (Proc-Type: ENCRYPTED). Decrypt it first with \`openssl ${tool} -in key.pem -out key-decrypted.pem\`, or better, paste only its public key: \`openssl pkey -in key.pem -pubout\`.`,
  );
}
