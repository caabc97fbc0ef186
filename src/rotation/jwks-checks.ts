/**
 * The checks the JWKS inspector runs on each key of a set that is meant to be public (RFC 7517,
 * RFC 7518): required members, private members, key size, `alg`/`kty` fit and `use`.
 */
import { base64urlToBytes } from '@/encoding/base64';
import { ALGORITHM_INFO, isJwsAlgorithm } from '@/core/algorithms';

export type ProblemSeverity = 'error' | 'warning';

export interface JwksProblem {
  readonly severity: ProblemSeverity;
  /** 0-based position in the set; absent for problems of the set as a whole. */
  readonly keyIndex?: number;
  readonly kid?: string;
  /** For a duplicate kid: the position of the first key with that kid. */
  readonly duplicateOf?: number;
  readonly message: string;
}

/** Why a kid shared by keys of the same type (error) or of different types (warning) matters. */
export const DUPLICATE_KID_REASONS: Readonly<Record<ProblemSeverity, string>> = {
  error: 'a verifier cannot tell which key a token means (RFC 7517 §4.5).',
  warning: 'allowed only for equivalent keys of different types.',
};

/** A problem of one key, before the caller adds its position and kid. */
export interface KeyProblem {
  readonly severity: ProblemSeverity;
  readonly message: string;
}

const err = (message: string): KeyProblem => ({ severity: 'error', message });
const warn = (message: string): KeyProblem => ({ severity: 'warning', message });

export type JwkRecord = Readonly<Record<string, unknown>>;

export const KEY_TYPES = ['RSA', 'EC', 'OKP', 'oct'] as const;

/** Members that make a JWK private (RFC 7518 §6.2.2, §6.3.2, §6.4.1; RFC 8037 §2). */
export const PRIVATE_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  RSA: ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'],
  EC: ['d'],
  OKP: ['d'],
  oct: ['k'],
};
const ALL_PRIVATE = [...new Set(Object.values(PRIVATE_MEMBERS).flat())];

const CURVES: Readonly<Record<string, readonly string[]>> = {
  EC: ['P-256', 'P-384', 'P-521', 'secp256k1'],
  OKP: ['Ed25519', 'Ed448', 'X25519', 'X448'],
};

/** JWE key-management and other registered algorithms, with the key types they take (RFC 7518 §4). */
const OTHER_ALGS: Readonly<Record<string, readonly string[]>> = {
  ES256K: ['EC'],
  RSA1_5: ['RSA'],
  'RSA-OAEP': ['RSA'],
  'RSA-OAEP-256': ['RSA'],
  'RSA-OAEP-384': ['RSA'],
  'RSA-OAEP-512': ['RSA'],
  'ECDH-ES': ['EC', 'OKP'],
  'ECDH-ES+A128KW': ['EC', 'OKP'],
  'ECDH-ES+A192KW': ['EC', 'OKP'],
  'ECDH-ES+A256KW': ['EC', 'OKP'],
  ...Object.fromEntries(
    ['A128KW', 'A192KW', 'A256KW', 'A128GCMKW', 'A192GCMKW', 'A256GCMKW', 'dir'].map((alg) => [alg, ['oct']]),
  ),
};

/** An own entry of a table: pasted names such as "constructor" must not reach Object.prototype. */
function lookup<T>(table: Readonly<Record<string, T>>, name: unknown): T | undefined {
  return typeof name === 'string' && Object.hasOwn(table, name) ? table[name] : undefined;
}

/** The private members present in a JWK (all of them, for an unknown `kty`). */
export function privateMembersOf(jwk: JwkRecord): string[] {
  const names = lookup(PRIVATE_MEMBERS, jwk.kty) ?? ALL_PRIVATE;
  return names.filter((name) => Object.hasOwn(jwk, name));
}

/** RSA modulus size in bits, or `null` when `n` is missing or not base64url. */
export function rsaModulusBits(jwk: JwkRecord): number | null {
  const bytes = typeof jwk.n === 'string' ? base64urlToBytes(jwk.n) : null;
  if (!bytes) return null;
  const first = bytes.findIndex((byte) => byte !== 0);
  if (first < 0) return 0;
  return (bytes.length - first) * 8 - Math.clz32(bytes[first] ?? 0) + 24;
}

/** The key's size for the table: `2048-bit`, `P-256`, `Ed25519` … */
export function describeKeySize(jwk: JwkRecord): string | undefined {
  if (jwk.kty === 'RSA') {
    const bits = rsaModulusBits(jwk);
    return bits === null ? undefined : `${bits}-bit`;
  }
  if (jwk.kty === 'oct') {
    const bytes = typeof jwk.k === 'string' ? base64urlToBytes(jwk.k) : null;
    return bytes ? `${bytes.length * 8}-bit` : undefined;
  }
  return typeof jwk.crv === 'string' ? jwk.crv : undefined;
}

/** Every problem of one key (duplicates across the set are checked by the caller). */
export function checkJwk(jwk: JwkRecord): KeyProblem[] {
  const kty = jwk.kty;
  if (typeof kty !== 'string') return [err('No "kty": every JWK must say its key type (RFC 7517 §4.1).')];
  const problems: KeyProblem[] = [];
  if (!(KEY_TYPES as readonly string[]).includes(kty))
    problems.push(err(`Unknown kty "${kty}": RFC 7518 §6.1 registers RSA, EC, OKP and oct.`));
  if (jwk.kid === undefined)
    problems.push(warn('No "kid": verifiers cannot pick this key by kid during a rotation (RFC 7517 §4.5).'));
  else if (typeof jwk.kid !== 'string') problems.push(err('"kid" must be a string (RFC 7517 §4.5).'));
  problems.push(
    ...checkPrivate(jwk, kty),
    ...checkMaterial(jwk, kty),
    ...checkAlg(jwk, kty),
    ...checkUse(jwk),
  );
  return problems;
}

function checkPrivate(jwk: JwkRecord, kty: string): KeyProblem[] {
  const found = privateMembersOf(jwk);
  if (found.length === 0) return [];
  if (kty === 'oct')
    return [
      err(
        'A symmetric secret ("k") in a public set: anyone who fetches it can forge tokens. HMAC secrets never belong in a JWKS.',
      ),
    ];
  const names = found.map((name) => `"${name}"`).join(', ');
  return [
    err(
      `Private member${found.length > 1 ? 's' : ''} ${names} in a public set: anyone who fetches it can sign as you. Publish the public key only.`,
    ),
  ];
}

function checkMaterial(jwk: JwkRecord, kty: string): KeyProblem[] {
  const missing = (names: string[]): KeyProblem[] =>
    names
      .filter((name) => typeof jwk[name] !== 'string')
      .map((name) => err(`This ${kty} key has no "${name}" (RFC 7518 §6).`));
  if (kty === 'RSA') {
    const bits = rsaModulusBits(jwk);
    const size =
      bits !== null && bits < 2048
        ? [
            err(
              `RSA key of ${bits} bits: RFC 7518 §3.3 requires at least 2048, and verifiers refuse smaller keys.`,
            ),
          ]
        : [];
    const badN = typeof jwk.n === 'string' && bits === null ? [err('"n" is not base64url.')] : [];
    return [...missing(['n', 'e']), ...badN, ...size];
  }
  if (kty === 'EC' || kty === 'OKP') {
    const curve =
      typeof jwk.crv === 'string' && !lookup(CURVES, kty)?.includes(jwk.crv)
        ? [err(`Unknown curve "${jwk.crv}" for an ${kty} key.`)]
        : [];
    return [...missing(kty === 'EC' ? ['crv', 'x', 'y'] : ['crv', 'x']), ...curve];
  }
  return [];
}

function checkAlg(jwk: JwkRecord, kty: string): KeyProblem[] {
  const alg = jwk.alg;
  if (alg === undefined) return [];
  if (typeof alg !== 'string') return [err('"alg" must be a string (RFC 7517 §4.4).')];
  if (alg === 'none')
    return [err('alg "none" is not a key algorithm: unsecured tokens need no key and must never verify.')];
  if (isJwsAlgorithm(alg)) {
    const info = ALGORITHM_INFO[alg];
    if (info.kty !== kty) return [err(`alg ${alg} needs an ${info.kty} key, but this key is ${kty}.`)];
    const curves = alg === 'EdDSA' ? ['Ed25519', 'Ed448'] : info.crv ? [info.crv] : [];
    if (curves.length > 0 && typeof jwk.crv === 'string' && !curves.includes(jwk.crv))
      return [err(`alg ${alg} needs curve ${curves.join(' or ')}, but this key is on ${jwk.crv}.`)];
    return [];
  }
  const ktys = lookup(OTHER_ALGS, alg);
  if (!ktys) return [warn(`Unknown alg "${alg}": not a registered JOSE algorithm (RFC 7518 §7.1).`)];
  return ktys.includes(kty)
    ? []
    : [err(`alg ${alg} needs an ${ktys.join(' or ')} key, but this key is ${kty}.`)];
}

function checkUse(jwk: JwkRecord): KeyProblem[] {
  const problems: KeyProblem[] = [];
  if (jwk.use !== undefined && jwk.use !== 'sig' && jwk.use !== 'enc')
    problems.push(
      warn(
        `Unknown use ${JSON.stringify(jwk.use)}: RFC 7517 §4.2 defines "sig" and "enc"; verifiers may skip this key.`,
      ),
    );
  if (jwk.use === 'enc' && isJwsAlgorithm(jwk.alg))
    problems.push(warn(`use "enc" with the signing alg ${String(jwk.alg)}: this key cannot verify tokens.`));
  if (jwk.use !== undefined && jwk.key_ops !== undefined)
    problems.push(warn('Both "use" and "key_ops": RFC 7517 §4.3 says not to use them together.'));
  return problems;
}
