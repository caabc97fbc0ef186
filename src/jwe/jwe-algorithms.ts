/**
 * The JWE algorithms of RFC 7518 §4 (key management) and §5 (content encryption), and what each needs
 * from the key field. RSA1_5 is listed so that it can be refused with its reason, never used.
 */

/** Key management algorithms jwt-lab decrypts and encrypts with (RFC 7518 §4.1). */
export const JWE_KEY_ALGORITHMS = [
  'dir',
  'A128KW',
  'A192KW',
  'A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'RSA-OAEP',
  'RSA-OAEP-256',
  'RSA-OAEP-384',
  'RSA-OAEP-512',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
] as const;

/** Content encryption algorithms (RFC 7518 §5.1). */
export const JWE_CONTENT_ENCRYPTIONS = [
  'A128GCM',
  'A192GCM',
  'A256GCM',
  'A128CBC-HS256',
  'A192CBC-HS384',
  'A256CBC-HS512',
] as const;

export type JweKeyAlgorithm = (typeof JWE_KEY_ALGORITHMS)[number];
export type JweContentEncryption = (typeof JWE_CONTENT_ENCRYPTIONS)[number];

/** What the key field must hold for a key management algorithm. */
export type JweKeyNeed = 'secret' | 'password' | 'rsa' | 'ecdh';

/** How an algorithm protects the content key, and the key it needs. */
export interface JweKeyAlgorithmInfo {
  readonly need: JweKeyNeed;
  /** `dir` and `ECDH-ES` use no encrypted key; the others wrap or encrypt a random content key. */
  readonly wraps: boolean;
  /** For AES key wrap: the key-encryption key's size in bytes. */
  readonly kekBytes?: number;
}

const aes = (bytes: number): JweKeyAlgorithmInfo => ({ need: 'secret', wraps: true, kekBytes: bytes });
const rsa: JweKeyAlgorithmInfo = { need: 'rsa', wraps: true };

export const JWE_KEY_ALGORITHM_INFO: Readonly<Record<JweKeyAlgorithm, JweKeyAlgorithmInfo>> = {
  dir: { need: 'secret', wraps: false },
  A128KW: aes(16),
  A192KW: aes(24),
  A256KW: aes(32),
  A128GCMKW: aes(16),
  A192GCMKW: aes(24),
  A256GCMKW: aes(32),
  'RSA-OAEP': rsa,
  'RSA-OAEP-256': rsa,
  'RSA-OAEP-384': rsa,
  'RSA-OAEP-512': rsa,
  'ECDH-ES': { need: 'ecdh', wraps: false },
  'ECDH-ES+A128KW': { need: 'ecdh', wraps: true, kekBytes: 16 },
  'ECDH-ES+A192KW': { need: 'ecdh', wraps: true, kekBytes: 24 },
  'ECDH-ES+A256KW': { need: 'ecdh', wraps: true, kekBytes: 32 },
  'PBES2-HS256+A128KW': { need: 'password', wraps: true, kekBytes: 16 },
  'PBES2-HS384+A192KW': { need: 'password', wraps: true, kekBytes: 24 },
  'PBES2-HS512+A256KW': { need: 'password', wraps: true, kekBytes: 32 },
};

/** The content key (CEK) size in bytes of each content encryption (RFC 7518 §5.2.3–5.2.5, §5.3). */
export const CEK_BYTES: Readonly<Record<JweContentEncryption, number>> = {
  A128GCM: 16,
  A192GCM: 24,
  A256GCM: 32,
  'A128CBC-HS256': 32,
  'A192CBC-HS384': 48,
  'A256CBC-HS512': 64,
};

/** Whether a value names a key management algorithm jwt-lab supports. */
export function isJweKeyAlgorithm(value: unknown): value is JweKeyAlgorithm {
  return typeof value === 'string' && (JWE_KEY_ALGORITHMS as readonly string[]).includes(value);
}

/** Whether a value names a content encryption algorithm. */
export function isJweContentEncryption(value: unknown): value is JweContentEncryption {
  return typeof value === 'string' && (JWE_CONTENT_ENCRYPTIONS as readonly string[]).includes(value);
}

/** Why RSA1_5 is refused, said wherever a token or recipient uses it. */
export const RSA1_5_REFUSAL =
  'RSA1_5 (RSAES-PKCS1-v1_5, RFC 7518 §4.2) is refused: it is deprecated and open to padding-oracle attacks (Bleichenbacher), so jose — like most modern libraries — no longer implements it, and neither does jwt-lab. The sender should move to RSA-OAEP-256.';

/** The key the algorithm needs, in words ("a 16-byte AES key", "the RSA private key"). */
export function describeKeyNeed(
  alg: JweKeyAlgorithm,
  enc: string | undefined,
  purpose: 'decrypt' | 'encrypt' = 'decrypt',
): string {
  const info = JWE_KEY_ALGORITHM_INFO[alg];
  const half = purpose === 'decrypt' ? 'private' : 'public (or private)';
  if (info.need === 'password') return 'the password';
  if (info.need === 'rsa') return `the recipient's RSA ${half} key (2048 bits or more)`;
  if (info.need === 'ecdh') return `the recipient's EC (P-256, P-384, P-521) or X25519 ${half} key`;
  if (alg === 'dir') {
    const bytes = isJweContentEncryption(enc) ? CEK_BYTES[enc] : undefined;
    return bytes ? `the ${bytes}-byte content key (${enc} uses the key directly)` : 'the content key';
  }
  return `a ${info.kekBytes}-byte AES key`;
}
