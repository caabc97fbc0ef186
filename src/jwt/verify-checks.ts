import { mayHidePublicKey } from '@/keys/public-key-shape';
import type { ParsedKey } from '@/keys/key-types';
import { isHmacAlgorithm, isJwsAlgorithm, JWS_ALGORITHMS, type JwsAlgorithm } from '@/core/algorithms';
import { labError, type LabError } from '@/core/errors';
import type { DecodedToken } from './decoded-token';
import type { Verification } from './verification';

/** Verdicts that need no key: malformed tokens, JWE, `alg: none`, unknown algorithms. */
export function checkBeforeKey(token: DecodedToken): Verification | null {
  const [firstError] = token.errors;
  if (firstError)
    return { state: 'error', headline: 'Malformed token', details: [], error: firstError, hints: [] };
  if (token.kind === 'jwe') {
    return {
      state: 'unverified',
      headline: 'Encrypted token (JWE): it is decrypted with a key, not verified as a signature',
      details: [],
      error: labError(
        'JWE_NOT_DECRYPTED',
        'token',
        'This is a JWE: its payload is encrypted, not signed, so there is no signature to check. Decrypt it with its key (the debugger’s Decrypt panel): a successful decryption is what proves it was not altered.',
      ),
      ...(token.alg ? { alg: token.alg } : {}),
      hints:
        token.alg === 'RSA1_5'
          ? [
              'RSA1_5 (RSAES-PKCS1-v1_5) is defined by RFC 7518 §4.2, but jose — like most modern libraries — does not support it: it is open to padding-oracle attacks. Prefer RSA-OAEP-256.',
            ]
          : [],
    };
  }
  const alg = token.alg ?? '';
  if (alg === 'none') {
    const extra = token.signatures[0]?.signatureB64
      ? ' It even carries a signature, which "none" forbids — a sign of tampering.'
      : '';
    return {
      state: 'unsecured',
      headline: 'Unsecured token (alg: none): there is no signature, so nothing is verified',
      details: [],
      error: labError(
        'ALG_NONE',
        'header',
        `"alg": "none" means anyone could have written this token (RFC 7519 §6). jwt-lab never treats it as verified, and neither should your verifier.${extra}`,
      ),
      alg,
      hints: [],
    };
  }
  if (!isJwsAlgorithm(alg)) {
    const caseVariant =
      alg.toLowerCase() === 'none'
        ? ` Algorithm names are case-sensitive: "${alg}" is not "none", it is simply unknown — and a verifier must reject it.`
        : '';
    return {
      state: 'error',
      headline: 'Unsupported algorithm',
      details: [],
      error: labError(
        'ALG_UNSUPPORTED',
        'header',
        `"${alg}" is not a JWS algorithm jwt-lab verifies (${JWS_ALGORITHMS.join(', ')}).${caseVariant}`,
      ),
      alg,
      hints: [],
    };
  }
  return null;
}

/**
 * An HMAC "secret" that is really a public key: refuse it, whatever it would compute (RFC 8725 §2.1).
 * The DER readers load only for a secret long enough to be a public key.
 */
export async function algorithmConfusion(
  alg: JwsAlgorithm,
  key: ParsedKey,
  keyText: string,
): Promise<LabError | null> {
  if (!isHmacAlgorithm(alg) || key.source !== 'secret' || !key.secret) return null;
  if (!mayHidePublicKey(keyText, key.secret.bytes)) return null;
  const { publicKeyInSecret } = await import('@/keys/public-key-in-secret');
  const what = publicKeyInSecret(keyText, key.secret.bytes);
  if (!what) return null;
  return labError(
    'KEY_ALG_MISMATCH',
    'key',
    `This "secret" is ${what}, not a secret. The header says ${alg}, an HMAC algorithm: verifying it with a public key is the algorithm-confusion attack (RFC 8725 §2.1) — anyone holding the public key could have made this token. A correct verifier pins the algorithm its key is for and refuses.`,
  );
}
