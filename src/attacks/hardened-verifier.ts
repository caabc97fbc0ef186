/**
 * The hardened verifier of /attacks: jose's `jwtVerify` with the algorithms pinned, `iss`, `aud`, `exp`
 * and `nbf` checked (`exp` required), and keys from the service's own configuration — never from the
 * token. A refusal carries jose's own `err.code`.
 */
import { errors, jwtDecrypt, jwtVerify, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';
import type { JwsAlgorithm } from '@/core/algorithms';
import type { VerifierVerdict } from './experiment';
import { accepted, refused } from './verdicts';

/** How the hardened service verifies: its own key (or key set), its algorithms, issuer and audience. */
export interface HardenedPolicy {
  readonly key: CryptoKey | Uint8Array | JWTVerifyGetKey;
  readonly algorithms: readonly JwsAlgorithm[];
  readonly issuer: string;
  readonly audience: string;
  readonly nowMs: number;
}

/** How a service that accepts encrypted tokens only decrypts: `dir` with A256GCM under its own key. */
export interface HardenedDecryptPolicy {
  readonly key: Uint8Array;
  readonly issuer: string;
  readonly audience: string;
  readonly nowMs: number;
}

/** Verifies a JWT the hardened way; the verdict's `code` is jose's `err.code` on refusal. */
export async function verifyHardened(token: string, policy: HardenedPolicy): Promise<VerifierVerdict> {
  const options: JWTVerifyOptions = {
    algorithms: [...policy.algorithms],
    issuer: policy.issuer,
    audience: policy.audience,
    requiredClaims: ['exp'],
    currentDate: new Date(policy.nowMs),
  };
  const pinned = policy.algorithms.join(', ');
  try {
    const { payload } =
      typeof policy.key === 'function'
        ? await jwtVerify(token, policy.key, options)
        : await jwtVerify(token, policy.key, options);
    return accepted(
      'OK',
      `jose verified the signature (${pinned} only, key from its own configuration) and the claims iss, aud, exp and nbf.`,
      payload,
    );
  } catch (error) {
    return refusal(error, pinned);
  }
}

/** Decrypts a JWT the hardened way (a JWE is required; a readable JWS is refused with jose's code). */
export async function decryptHardened(
  token: string,
  policy: HardenedDecryptPolicy,
): Promise<VerifierVerdict> {
  try {
    const { payload } = await jwtDecrypt(token, policy.key, {
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
      issuer: policy.issuer,
      audience: policy.audience,
      requiredClaims: ['exp'],
      currentDate: new Date(policy.nowMs),
    });
    return accepted(
      'OK',
      'jose decrypted the token (dir + A256GCM only) and checked iss, aud, exp and nbf.',
      payload,
    );
  } catch (error) {
    return refusal(error, 'dir + A256GCM');
  }
}

/**
 * A key resolver over the service's own keys by exact `kid` — no path, no query, nothing built from the
 * header. An unknown `kid` throws jose's own "no matching key" error.
 */
export function keysByKid(keys: ReadonlyMap<string, Uint8Array>): JWTVerifyGetKey {
  return (header) => {
    const key = typeof header.kid === 'string' ? keys.get(header.kid) : undefined;
    if (!key) throw new errors.JWKSNoMatchingKey();
    return key;
  };
}

const WHY: Readonly<Record<string, string>> = {
  ERR_JOSE_ALG_NOT_ALLOWED: 'the header’s "alg" is not one it allows',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'the signature does not verify under the service’s own key',
  ERR_JWKS_NO_MATCHING_KEY: 'none of the service’s own keys has this kid',
  ERR_JWT_EXPIRED: 'the token has expired',
  ERR_JWT_CLAIM_VALIDATION_FAILED: 'a claim check failed',
  ERR_JWE_INVALID: 'it is not an encrypted token (JWE)',
  ERR_JWS_INVALID: 'it is not a well-formed JWS',
  ERR_JWT_INVALID: 'its payload is not a JWT claims set',
  ERR_JOSE_NOT_SUPPORTED: 'it uses something jose does not support',
};

function refusal(error: unknown, pinned: string): VerifierVerdict {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'ERR_UNEXPECTED';
  const message = error instanceof Error ? error.message : String(error);
  const claim = error instanceof errors.JWTClaimValidationFailed ? ` (claim "${error.claim}")` : '';
  const why = WHY[code] ?? 'jose refused it';
  return refused(code, `jose refused it (${pinned} pinned): ${why}${claim}. jose says: “${message}”.`);
}
