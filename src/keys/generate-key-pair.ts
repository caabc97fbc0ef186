/**
 * Key pairs generated with WebCrypto (extractable, so they can be shown and saved), exported as
 * PKCS#8 / SPKI PEM, JWK and JWKS, and named by their RFC 7638 thumbprint unless given a `kid`.
 */
import type { JWK } from 'jose';
import type { JwsAlgorithm } from '@/core/algorithms';
import { fail, ok, type Result } from '@/core/errors';
import {
  exportPkcs8Pem,
  exportSpkiPem,
  formatJwkJson,
  formatJwksJson,
  keyMaterialJwk,
  publicPartOf,
} from './export-key';
import { jwkThumbprint } from './thumbprint';

/** The key pairs the Keys page offers. */
export type KeyPairKind = 'RSA-2048' | 'RSA-3072' | 'RSA-4096' | 'P-256' | 'P-384' | 'P-521' | 'Ed25519';

export const KEY_PAIR_KINDS: readonly KeyPairKind[] = [
  'RSA-2048',
  'RSA-3072',
  'RSA-4096',
  'P-256',
  'P-384',
  'P-521',
  'Ed25519',
];

const RSA_ALGS: readonly JwsAlgorithm[] = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];

/** The JWS algorithms each kind of key can sign with (the choices for the JWK's `alg`). */
export const KEY_PAIR_ALGORITHMS: Readonly<Record<KeyPairKind, readonly JwsAlgorithm[]>> = {
  'RSA-2048': RSA_ALGS,
  'RSA-3072': RSA_ALGS,
  'RSA-4096': RSA_ALGS,
  'P-256': ['ES256'],
  'P-384': ['ES384'],
  'P-521': ['ES512'],
  Ed25519: ['EdDSA', 'Ed25519'],
};

/** Optional metadata for the generated JWKs. */
export interface GenerateKeyPairOptions {
  /** Defaults to the RFC 7638 thumbprint of the public key. */
  readonly kid?: string;
  readonly use?: 'sig';
  /** Added to both JWKs only when chosen. */
  readonly alg?: JwsAlgorithm;
}

/** A fresh key pair and everything the Keys page lets the user copy or download. */
export interface GeneratedKeyPair {
  readonly kind: KeyPairKind;
  readonly kid: string;
  /** RSA modulus size in bits. */
  readonly bits?: number;
  readonly privateJwk: JWK;
  readonly publicJwk: JWK;
  readonly exports: {
    /** PKCS#8 "PRIVATE KEY" PEM. */
    readonly privatePem: string;
    /** SPKI "PUBLIC KEY" PEM. */
    readonly publicPem: string;
    readonly privateJwkJson: string;
    readonly publicJwkJson: string;
    /** `{ "keys": [publicJwk] }`: what a verifier fetches. */
    readonly jwksJson: string;
  };
}

// The RSA hash fixed here only labels the CryptoKey; the key material suits every RS* and PS* alg.
function algorithmFor(kind: KeyPairKind): RsaHashedKeyGenParams | EcKeyGenParams | Algorithm {
  if (kind.startsWith('RSA-')) {
    return {
      name: 'RSASSA-PKCS1-v1_5',
      modulusLength: Number(kind.slice(4)),
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256',
    };
  }
  if (kind === 'Ed25519') return { name: 'Ed25519' };
  return { name: 'ECDSA', namedCurve: kind };
}

/** Generates a key pair of the given kind and exports it in every format. */
export async function generateKeyPair(
  kind: KeyPairKind,
  options: GenerateKeyPairOptions = {},
): Promise<Result<GeneratedKeyPair>> {
  const { alg, use } = options;
  if (alg !== undefined && !KEY_PAIR_ALGORITHMS[kind].includes(alg)) {
    return fail(
      'KEY_ALG_MISMATCH',
      'key',
      `A ${kind} key cannot sign ${alg}; it can sign ${KEY_PAIR_ALGORITHMS[kind].join(', ')}.`,
    );
  }
  let pair: CryptoKeyPair;
  try {
    pair = (await crypto.subtle.generateKey(algorithmFor(kind), true, ['sign', 'verify'])) as CryptoKeyPair;
  } catch {
    return fail(
      'KEY_UNSUPPORTED',
      'key',
      `This browser cannot generate ${kind} keys with WebCrypto. Try a current browser, or generate the key in a terminal (see the commands below).`,
    );
  }
  const exported = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const material = keyMaterialJwk(exported);
  const thumbprint = await jwkThumbprint(material);
  // The thumbprint of a key WebCrypto just exported always has its members; failure is a bug.
  if (!thumbprint.ok)
    throw new Error(`Thumbprint of a generated ${kind} key failed: ${thumbprint.error.message}`);
  const kid = options.kid !== undefined && options.kid.trim() !== '' ? options.kid : thumbprint.value;
  const privateJwk = keyMaterialJwk(exported, {
    kid,
    ...(use !== undefined && { use }),
    ...(alg !== undefined && { alg }),
  });
  const publicJwk = publicPartOf(privateJwk);
  const bits = kind.startsWith('RSA-') ? Number(kind.slice(4)) : undefined;
  return ok({
    kind,
    kid,
    ...(bits !== undefined && { bits }),
    privateJwk,
    publicJwk,
    exports: {
      privatePem: await exportPkcs8Pem(pair.privateKey),
      publicPem: await exportSpkiPem(pair.publicKey),
      privateJwkJson: formatJwkJson(privateJwk),
      publicJwkJson: formatJwkJson(publicJwk),
      jwksJson: formatJwksJson([publicJwk]),
    },
  });
}
