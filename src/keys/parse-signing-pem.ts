/**
 * A pasted private-key PEM for signing. Every private format is brought to PKCS#8 (the one private
 * format WebCrypto imports): PKCS#1 and SEC1 keys are wrapped with the DER writer.
 */
import { fail, type Result } from '@/core/errors';
import { childrenOf, readOctetString, readOid, readOnly, readSmallInteger, TAG } from './der';
import { OID } from './oids';
import { readPemBlocks, type PemBlock } from './pem';
import { ecAlgorithm, readSec1, rsaAlgorithm, wrapPkcs8 } from './pkcs8-wrap';
import { malformedDer, unsupportedOid } from './public-jwk';
import type { SigningKey } from './signing-key';
import { importPrivateKey, publicKeyGiven } from './signing-key-import';

const PUBLIC_LABELS = ['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE', 'X509 CERTIFICATE'];
const PRIVATE_LABELS = ['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'];

const ENCRYPTED_MESSAGE =
  'This private key is encrypted with a password, which this page does not ask for. Decrypt a copy first with `openssl pkey -in key.pem -out key-decrypted.pem` (it prompts for the password), and never paste a production key into a web page.';

const UNSUPPORTED_LABELS: Readonly<Record<string, string>> = {
  'ENCRYPTED PRIVATE KEY': ENCRYPTED_MESSAGE,
  'OPENSSH PRIVATE KEY':
    'This is an OpenSSH private key. For an RSA or ECDSA key, convert a copy to PKCS#8 PEM with `ssh-keygen -p -m PKCS8 -f copy-of-key` (it rewrites that file); Ed25519 keys cannot be converted this way.',
  'DSA PRIVATE KEY': 'DSA keys are not used by JWS.',
  'CERTIFICATE REQUEST': 'This is a certificate signing request, not a key. Paste the private key.',
};

/** Reads the first key block of a PEM as a private signing key. */
export async function parseSigningPem(text: string): Promise<Result<SigningKey>> {
  const blocks = readPemBlocks(text);
  if (!blocks.ok) return blocks;
  const keyBlocks = blocks.value.filter((block) => block.label !== 'EC PARAMETERS');
  const known = [...PRIVATE_LABELS, ...PUBLIC_LABELS];
  const block = keyBlocks.find((candidate) => known.includes(candidate.label)) ?? keyBlocks[0];
  if (!block)
    return fail('KEY_INVALID', 'key', 'This PEM holds only EC PARAMETERS; the key block is missing.');
  if (PUBLIC_LABELS.includes(block.label)) return publicKeyGiven();
  if (block.headers['Proc-Type']?.includes('ENCRYPTED'))
    return fail('KEY_UNSUPPORTED', 'key', ENCRYPTED_MESSAGE);
  switch (block.label) {
    case 'PRIVATE KEY':
      return fromPkcs8(block);
    case 'RSA PRIVATE KEY':
      if (!readOnly(block.der, TAG.SEQUENCE)) return malformedDer('PKCS#1 RSA private key');
      return importPrivateKey({ pkcs8: wrapPkcs8(rsaAlgorithm(), block.der) }, { kty: 'RSA' }, 'PKCS#1 PEM');
    case 'EC PRIVATE KEY':
      return fromSec1(block.der, undefined, 'SEC1 PEM');
    default: {
      const reason = Object.hasOwn(UNSUPPORTED_LABELS, block.label)
        ? UNSUPPORTED_LABELS[block.label]
        : undefined;
      const fallback = `A "${block.label}" PEM block is not a signing key. Use PRIVATE KEY (PKCS#8), RSA PRIVATE KEY (PKCS#1) or EC PRIVATE KEY (SEC1).`;
      return fail('KEY_UNSUPPORTED', 'key', reason ?? fallback);
    }
  }
}

async function fromPkcs8(block: PemBlock): Promise<Result<SigningKey>> {
  const fields = childrenOf(readOnly(block.der, TAG.SEQUENCE) ?? undefined);
  const algorithm = childrenOf(fields?.[1]);
  const oid = readOid(algorithm?.[0]);
  const inner = readOctetString(fields?.[2]);
  if (!fields || readSmallInteger(fields[0]) === null || !algorithm || !oid || !inner) {
    return malformedDer('PKCS#8 private key');
  }
  switch (oid) {
    case OID.rsaEncryption:
      return importPrivateKey({ pkcs8: block.der }, { kty: 'RSA' }, 'PKCS#8 PEM');
    case OID.rsassaPss:
      // Browsers refuse the id-RSASSA-PSS OID; the same numbers under rsaEncryption import everywhere.
      return importPrivateKey(
        { pkcs8: wrapPkcs8(rsaAlgorithm(), inner) },
        { kty: 'RSA' },
        'PKCS#8 PEM, marked for RSASSA-PSS: use PS256/PS384/PS512',
      );
    case OID.ecPublicKey:
      return fromSec1(inner, readOid(algorithm[1]) ?? undefined, 'PKCS#8 PEM');
    case OID.ed25519:
      return importPrivateKey({ pkcs8: block.der }, { kty: 'OKP', crv: 'Ed25519' }, 'PKCS#8 PEM');
    default:
      return unsupportedOid(oid);
  }
}

/** A SEC1 ECPrivateKey; `outerCurve` is the curve named by an enclosing PKCS#8. */
async function fromSec1(
  der: Uint8Array,
  outerCurve: string | undefined,
  origin: string,
): Promise<Result<SigningKey>> {
  const sec1 = readSec1(der, outerCurve);
  if (!sec1.ok) return sec1;
  const { curveOid, crv } = sec1.value;
  return importPrivateKey({ pkcs8: wrapPkcs8(ecAlgorithm(curveOid), der) }, { kty: 'EC', crv }, origin);
}
