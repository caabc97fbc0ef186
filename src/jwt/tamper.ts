import { base64urlToBytes } from '@/encoding/base64';
import type { SecretEncoding } from '@/keys/key-types';
import type { SigningKey } from '@/keys/signing-key';
import { ALGORITHM_INFO, isJwsAlgorithm, type AlgorithmFamily, type JwsAlgorithm } from '@/core/algorithms';
import { decodeToken } from './decode';
import { fail, ok, type LabError, type Result } from '@/core/errors';
import { encodeSegment, signSigningInput, viewSignature, type SignatureView } from './sign';
import { diffSigningInput, type ChangedRange } from './signing-input-diff';
import { describeTamperLevels, type TamperLevels } from './tamper-levels';
import { explainRemedy, explainTamper, tamperNotes, verifierRule } from './tamper-text';
import { verifyKeyFor, verifyWithKeyText, type VerifyKeyInput } from './verify-key-text';
import type { Verification } from './verification';

export interface TamperInput {
  /** A compact JWS, as signed by the encoder or pasted. */
  readonly originalToken: string;
  /** The payload the "attacker" wants, exactly as it will be encoded. */
  readonly editedPayloadText: string;
  /** The signing key, when the user has it (an HMAC secret or a private key). */
  readonly key?: SigningKey | null;
  /** The verification key as text; derived from `key` when absent. */
  readonly verifyKeyText?: string;
  readonly verifyKeyEncoding?: SecretEncoding;
  readonly nowMs: number;
}

/** Everything the tamper demo shows about a token whose payload was edited but not re-signed. */
export interface TamperAnalysis {
  readonly alg: JwsAlgorithm;
  readonly family: AlgorithmFamily;
  readonly originalSigningInput: string;
  /** The edited `header.payload`: original header segment, new payload segment. */
  readonly signingInput: string;
  /** Where `signingInput` differs from `originalSigningInput`. */
  readonly changedRanges: readonly ChangedRange[];
  /** The edited signing input with the original signature: what an attacker would send. */
  readonly tamperedToken: string;
  readonly presentedSignature: SignatureView;
  /** What the same key signs over the edited input; `null` without a usable signing key. */
  readonly recomputedSignature: SignatureView | null;
  /** Why no signature could be recomputed although a key was given (it does not fit `alg`). */
  readonly recomputeError?: LabError;
  readonly originalVerification: Verification;
  readonly verification: Verification;
  /** One sentence: why the presented signature no longer matches. */
  readonly reason: string;
  /** One sentence: how (or whether) the edited token can be made valid again. */
  readonly remedy: string;
  readonly notes: readonly string[];
  /** The verification rule in one sentence. */
  readonly rule: string;
  /** The edit shown in the JSON, in the base64url segment and in the signature. */
  readonly levels: TamperLevels;
  /** The key the verdicts used; resigning verifies with it too. */
  readonly verifyKey: VerifyKeyInput | null;
}

/** Edits the payload of a signed token without re-signing it, and shows why verification now fails. */
export async function analyzeTamper(input: TamperInput): Promise<Result<TamperAnalysis>> {
  const decoded = decodeToken(input.originalToken.trim());
  const [firstError] = decoded.errors;
  if (firstError) return { ok: false, error: firstError };
  const signature = decoded.signatures[0];
  if (
    decoded.kind !== 'jws' ||
    decoded.serialization !== 'compact' ||
    !signature ||
    decoded.payloadB64 === null
  )
    return fail(
      'TOKEN_MALFORMED',
      'token',
      'The tamper demo needs a signed token in compact form (header.payload.signature).',
    );
  const alg = decoded.alg;
  if (!isJwsAlgorithm(alg))
    return fail(
      alg === 'none' ? 'ALG_NONE' : 'ALG_UNSUPPORTED',
      'header',
      `The token's "alg" is ${JSON.stringify(alg)}: there is no signature to tamper with. Sign it with a JWS algorithm first.`,
    );
  if (signature.joseHeader.b64 === false)
    return fail(
      'CRIT_UNSUPPORTED',
      'header',
      'The tamper demo needs a base64url payload; this token uses "b64": false (RFC 7797).',
    );
  const presented = base64urlToBytes(signature.signatureB64);
  if (!presented) return fail('SEGMENT_NOT_BASE64URL', 'signature', 'The signature is not base64url.');

  const family = ALGORITHM_INFO[alg].family;
  const originalSigningInput = `${signature.protectedB64}.${decoded.payloadB64}`;
  const editedSegment = encodeSegment(input.editedPayloadText);
  const signingInput = `${signature.protectedB64}.${editedSegment}`;
  const tamperedToken = `${signingInput}.${signature.signatureB64}`;
  const key = input.key ?? null;
  const verifyKey =
    input.verifyKeyText !== undefined
      ? { keyText: input.verifyKeyText, encoding: input.verifyKeyEncoding ?? 'utf8' }
      : key
        ? verifyKeyFor(key)
        : null;
  // Recomputing with a weak key is fine here: the token was already signed with it.
  const recomputed = key ? await signSigningInput(signingInput, key, alg, true) : null;
  const [originalVerification, verification] = await Promise.all([
    verifyWithKeyText(input.originalToken.trim(), verifyKey, input.nowMs),
    verifyWithKeyText(tamperedToken, verifyKey, input.nowMs),
  ]);
  const changed = signingInput !== originalSigningInput;
  const recomputedBytes = recomputed?.ok ? base64urlToBytes(recomputed.value.base64url) : null;
  const recomputedView = recomputed?.ok
    ? { base64url: recomputed.value.base64url, hex: recomputed.value.hex }
    : null;
  const levels = describeTamperLevels({
    signedPayloadText: decoded.payload?.text ?? '',
    editedPayloadText: input.editedPayloadText,
    signedSegment: decoded.payloadB64,
    editedSegment,
    presented: { view: viewSignature(presented), bytes: presented },
    recomputed: recomputedView && recomputedBytes ? { view: recomputedView, bytes: recomputedBytes } : null,
  });
  return ok({
    alg,
    family,
    originalSigningInput,
    signingInput,
    changedRanges: diffSigningInput(originalSigningInput, signingInput),
    tamperedToken,
    presentedSignature: levels.signature.presented,
    recomputedSignature: levels.signature.recomputed,
    ...(recomputed && !recomputed.ok ? { recomputeError: recomputed.error } : {}),
    originalVerification,
    verification,
    reason: explainTamper(family, changed),
    remedy: explainRemedy(family, recomputed?.ok === true),
    notes: tamperNotes(family),
    rule: verifierRule(family),
    levels,
    verifyKey,
  });
}
