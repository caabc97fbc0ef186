import type { KeyCandidate } from '@/keys/key-types';
import { isJwsAlgorithm, type JwsAlgorithm } from '@/core/algorithms';
import { labError, type LabError } from '@/core/errors';
import { explainKeyMismatch } from './key-fit';
import { verifySignature, type SignatureCheck } from './verify-signature';
import type { DecodedToken, JwsSignature } from './decoded-token';

/** The first signature a candidate key verifies, or the most telling error. */
export type CandidateOutcome =
  | {
      verified: { candidate: KeyCandidate; index: number; signatureIndex: number; note?: string };
      error?: undefined;
    }
  | { verified?: undefined; error: LabError };

/** Tries the keys (a JWKS: the one named by `kid` first) against each signature; the first success wins. */
export async function verifyWithCandidates(
  token: DecodedToken,
  candidates: readonly KeyCandidate[],
  payloadB64: string,
): Promise<CandidateOutcome> {
  let lastError: LabError | null = null;
  for (const [signatureIndex, signature] of token.signatures.entries()) {
    const alg = signatureAlg(signature);
    if (!alg) continue;
    const ordered = orderByKid(candidates, signature.joseHeader.kid);
    const fitting = ordered.filter(({ candidate }) => explainKeyMismatch(candidate.jwk, alg) === null);
    if (fitting.length === 0) {
      const first = ordered[0]?.candidate;
      const reason = first ? explainKeyMismatch(first.jwk, alg) : null;
      const many =
        candidates.length > 1 ? `None of the ${candidates.length} keys in this set fits ${alg}. ` : '';
      lastError ??= labError('KEY_ALG_MISMATCH', 'key', many + (reason ?? `No key fits ${alg}.`));
      continue;
    }
    // Without a kid match every suitable key is tried, as lenient verifiers do; but a hostile set of
    // 10,000 keys must not cost 10,000 signature checks on every keystroke.
    const tried =
      fitting.length > FALLBACK_LIMIT && !kidNamesOne(fitting, signature)
        ? fitting.slice(0, FALLBACK_LIMIT)
        : fitting;
    for (const { candidate, index } of tried) {
      const check: SignatureCheck = await verifySignature(signature, payloadB64, candidate.jwk, alg);
      if (check.valid)
        return {
          verified: { candidate, index, signatureIndex, ...(check.note ? { note: check.note } : {}) },
        };
      if (!lastError || lastError.code === 'KEY_ALG_MISMATCH') lastError = check.error;
    }
    if (candidates.length > 1 && lastError?.code === 'SIGNATURE_INVALID') {
      const kidMatched = fitting.some(
        ({ candidate }) => candidate.kid !== undefined && candidate.kid === signature.joseHeader.kid,
      );
      lastError = explainSetMiss(signature, tried.length, kidMatched, fitting.length);
    }
  }
  return { error: lastError ?? labError('NO_SUITABLE_KEY', 'key', 'No key to try.') };
}

function orderByKid(
  candidates: readonly KeyCandidate[],
  kid: unknown,
): { candidate: KeyCandidate; index: number }[] {
  const indexed = candidates.map((candidate, index) => ({ candidate, index }));
  if (typeof kid !== 'string') return indexed;
  const named = indexed.filter(({ candidate }) => candidate.kid === kid);
  return named.length > 0 ? named : indexed;
}

/** At most this many keys of a set are tried when the token's kid names none of them. */
export const FALLBACK_LIMIT = 25;

function kidNamesOne(fitting: readonly { candidate: KeyCandidate }[], signature: JwsSignature): boolean {
  return fitting.some(
    ({ candidate }) => candidate.kid !== undefined && candidate.kid === signature.joseHeader.kid,
  );
}

function explainSetMiss(
  signature: JwsSignature,
  tried: number,
  kidMatched: boolean,
  suitable: number,
): LabError {
  const kid = signature.joseHeader.kid;
  if (kidMatched) {
    return labError(
      'SIGNATURE_INVALID',
      'signature',
      `Invalid signature: the key with kid "${String(kid)}" does not verify it.`,
    );
  }
  const kidText = typeof kid === 'string' ? `No key has kid "${kid}"; ` : 'The token has no kid; ';
  return labError(
    'SIGNATURE_INVALID',
    'signature',
    tried < suitable
      ? `Invalid signature: ${kidText}tried the first ${tried} of the ${suitable.toLocaleString('en-US')} suitable keys in the set and none verifies it (a verifier that selects by kid would refuse the token at once).`
      : `Invalid signature: ${kidText}tried the ${tried} suitable key${tried === 1 ? '' : 's'} in the set and none verifies it.`,
  );
}

/** The signature's `alg` when it is a JWS algorithm jwt-lab verifies. */
export function signatureAlg(signature: JwsSignature | undefined): JwsAlgorithm | null {
  const alg = signature?.joseHeader.alg;
  return isJwsAlgorithm(alg) ? alg : null;
}

/** One signature of a multi-signature JWS, judged on its own with the same key. */
export interface SignatureVerdict {
  readonly index: number;
  readonly alg: string;
  readonly kid?: string;
  readonly verified: boolean;
  /** Why it did not verify (no key fits its alg, wrong key …); absent when verified. */
  readonly reason?: string;
}

/** Judges each signature of a general JWS JSON (up to 10) with the candidate keys, separately. */
export async function verifyEachSignature(
  token: DecodedToken,
  candidates: readonly KeyCandidate[],
  payloadB64: string,
): Promise<SignatureVerdict[]> {
  const verdicts: SignatureVerdict[] = [];
  for (const [index, signature] of token.signatures.slice(0, 10).entries()) {
    const outcome = await verifyWithCandidates({ ...token, signatures: [signature] }, candidates, payloadB64);
    const { alg, kid } = signature.joseHeader;
    verdicts.push({
      index,
      alg: String(alg),
      ...(typeof kid === 'string' ? { kid } : {}),
      verified: outcome.verified !== undefined,
      ...(outcome.error ? { reason: outcome.error.message } : {}),
    });
  }
  return verdicts;
}
