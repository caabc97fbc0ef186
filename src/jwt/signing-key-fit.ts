import type { JWK } from 'jose';
import { base64urlToBytes } from '@/encoding/base64';
import { bitLength } from '@/keys/public-jwk';
import type { SigningKey } from '@/keys/signing-key';
import { ALGORITHM_INFO, JWS_ALGORITHMS, type JwsAlgorithm } from '@/core/algorithms';
import { fail, ok, type Result } from '@/core/errors';

/** What signing with this key will be: `weakKey` when a too-small key was explicitly allowed. */
export interface SigningKeyFit {
  readonly weakKey: boolean;
}

/**
 * Checks that a signing key fits the algorithm before anything is signed. A too-small key (an HMAC
 * secret shorter than the hash, an RSA modulus under 2048 bits) is refused unless `allowSmallKey`,
 * and then reported as `weakKey`: never refused silently, never accepted silently.
 */
export function checkSigningKey(
  key: SigningKey,
  alg: JwsAlgorithm,
  allowSmallKey: boolean,
): Result<SigningKeyFit> {
  const info = ALGORITHM_INFO[alg];
  if (key.kind === 'secret') {
    if (info.kty !== 'oct')
      return mismatch(`${alg} needs ${needs(alg)}; this is an HMAC secret. ${forSecret}`);
    if (key.bytes.length === 0)
      return fail('KEY_EMPTY', 'key', 'The secret is empty. Enter or generate an HMAC secret to sign with.');
    if (key.bytes.length >= info.hashBytes) return ok({ weakKey: false });
    if (allowSmallKey) return ok({ weakKey: true });
    return fail(
      'KEY_TOO_SMALL',
      'key',
      `This secret is ${key.bytes.length} byte${key.bytes.length === 1 ? '' : 's'}; ${alg} needs at least ${info.hashBytes} (${info.hashBytes * 8} bits), as long as the hash (RFC 7518 §3.2). Generate a longer secret, or allow short secrets to sign anyway for a demonstration.`,
    );
  }
  const jwk = key.jwk;
  if (info.kty === 'oct')
    return mismatch(
      `${alg} needs a shared HMAC secret; this is ${describeJwk(jwk)} private key. ${fitsText(jwk)}`,
    );
  if (jwk.kty !== info.kty || (info.crv !== undefined && jwk.crv !== info.crv))
    return mismatch(`${alg} needs ${needs(alg)}; this is ${describeJwk(jwk)} key. ${fitsText(jwk)}`);
  if (typeof jwk.d !== 'string')
    return fail(
      'KEY_INVALID',
      'key',
      'This is a public key; signing needs the private key (its "d" member).',
    );
  if (jwk.alg !== undefined && jwk.alg !== alg)
    return mismatch(
      `This key is marked for "${jwk.alg}" (its "alg" member), so it must not sign ${alg}: a key serves one algorithm (RFC 7517 §4.4).`,
    );
  if (jwk.kty === 'RSA') return checkRsaSize(key.bits ?? modulusBits(jwk), allowSmallKey);
  return ok({ weakKey: false });
}

const forSecret = 'Choose HS256, HS384 or HS512 for a secret, or give a private key (PEM or JWK).';

function checkRsaSize(bits: number, allowSmallKey: boolean): Result<SigningKeyFit> {
  if (bits >= 2048) return ok({ weakKey: false });
  if (allowSmallKey) return ok({ weakKey: true });
  return fail(
    'KEY_TOO_SMALL',
    'key',
    `This RSA key is ${bits} bits; RFC 7518 §3.3 requires at least 2048. Generate a 2048-bit (or larger) key, or allow small keys to sign anyway for a demonstration.`,
  );
}

function modulusBits(jwk: JWK): number {
  const n = typeof jwk.n === 'string' ? base64urlToBytes(jwk.n) : null;
  return n ? bitLength(n) : 0;
}

function mismatch(message: string): Result<never> {
  return fail('KEY_ALG_MISMATCH', 'key', message);
}

/** "an EC P-256 private key", "an RSA private key", "an Ed25519 private key". */
function needs(alg: JwsAlgorithm): string {
  const info = ALGORITHM_INFO[alg];
  if (info.kty === 'RSA') return 'an RSA private key';
  if (info.kty === 'EC') return `an EC ${info.crv ?? ''} private key`;
  return `an ${info.crv ?? 'OKP'} private key`;
}

function describeJwk(jwk: JWK): string {
  if (jwk.kty === 'RSA') return 'an RSA';
  if (jwk.kty === 'EC') return `an EC ${jwk.crv ?? '(no curve)'}`;
  if (jwk.kty === 'OKP') return `an ${jwk.crv ?? 'OKP'}`;
  return `a "${String(jwk.kty)}"`;
}

/** Names the algorithms this key could sign, so the message says what to do. */
function fitsText(jwk: JWK): string {
  const fitting = JWS_ALGORITHMS.filter((alg) => {
    const info = ALGORITHM_INFO[alg];
    return info.kty === jwk.kty && (info.crv === undefined || info.crv === jwk.crv);
  });
  if (fitting.length === 0) return 'jwt-lab cannot sign with this key type.';
  return `It can sign ${fitting.join(', ')}.`;
}
