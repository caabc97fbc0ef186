import { parseKey } from '@/keys/parse-key';
import type { SecretEncoding } from '@/keys/key-types';
import { isJwsAlgorithm } from '@/core/algorithms';
import { algorithmConfusion, checkBeforeKey } from './verify-checks';
import { labError } from '@/core/errors';
import { keyPromptFor } from './key-prompt';
import { secretEncodingHint } from './secret-encoding-hint';
import { describeTimeStatus } from './verify-time';
import { signatureAlg, verifyEachSignature, verifyWithCandidates } from './verify-candidates';
import type { DecodedToken } from './decoded-token';
import type { Verification } from './verification';

export interface VerifyOptions {
  readonly keyText: string;
  readonly encoding: SecretEncoding;
  /** With a clock, a verified verdict carries the time facts ("token expired 2 days ago"). */
  readonly nowMs?: number;
  readonly skewSeconds?: number;
}

/**
 * The verdicts that need no cryptography: malformed tokens, JWE, `alg: none`, unknown algorithms, and
 * "no key yet" (with what to paste). Synchronous, so such a verdict is never late.
 */
export function verifyWithoutCrypto(token: DecodedToken, keyText: string): Verification | null {
  const preliminary = checkBeforeKey(token);
  if (preliminary) return preliminary;
  const alg = token.alg;
  if (!token.signatures[0] || token.payloadB64 === null || !isJwsAlgorithm(alg))
    return unexpected('The token has no signature to check.');
  if (keyText.trim() !== '') return null;
  return {
    state: 'unverified',
    headline: `Enter a key to verify this ${alg} signature`,
    details: [],
    alg,
    hints: [],
    keyPrompt: keyPromptFor(alg, token.payload?.json),
  };
}

/**
 * Verifies a decoded token with the key the user gave. The algorithm is pinned to the header's
 * `alg`; `none` is never verified; a key that does not fit the algorithm is refused, not tried.
 */
export async function verifyToken(token: DecodedToken, options: VerifyOptions): Promise<Verification> {
  const withoutKey = verifyWithoutCrypto(token, options.keyText);
  if (withoutKey) return withoutKey;
  const signature = token.signatures[0];
  const alg = token.alg;
  if (!signature || token.payloadB64 === null || !isJwsAlgorithm(alg))
    return unexpected('The token has no signature to check.');
  const parsed = await parseKeyOnce(options.keyText, options.encoding);
  if (!parsed.ok)
    return {
      state: 'error',
      headline: 'The key cannot be used',
      details: [],
      error: parsed.error,
      alg,
      hints: [],
    };

  const key = parsed.value;
  const confusion = await algorithmConfusion(alg, key, options.keyText);
  if (confusion)
    return {
      state: 'error',
      headline: 'Key does not fit this algorithm',
      details: [],
      error: confusion,
      alg,
      key,
      hints: [],
    };
  const outcome = await verifyWithCandidates(token, key.candidates, token.payloadB64);
  const signatureVerdicts =
    token.signatures.length > 1
      ? { signatureVerdicts: await verifyEachSignature(token, key.candidates, token.payloadB64) }
      : {};
  if (outcome.verified) {
    const { candidate, index, signatureIndex, note } = outcome.verified;
    const isSet = parsed.value.source === 'jwks';
    return {
      state: 'verified',
      headline: 'Signature verified',
      details:
        options.nowMs === undefined
          ? []
          : describeTimeStatus(token.payload?.json, options.nowMs, options.skewSeconds ?? 0),
      alg: signatureAlg(token.signatures[signatureIndex]) ?? alg,
      signatureIndex,
      ...signatureVerdicts,
      keyUsed: {
        description: candidate.description,
        ...(candidate.kid !== undefined ? { kid: candidate.kid } : {}),
        ...(isSet ? { index: index + 1 } : {}),
      },
      key,
      hints: [
        ...(note ? [note] : []),
        ...looseKidHint(isSet, token.signatures[signatureIndex]?.joseHeader.kid, candidate.kid, index),
        ...(token.signatures.length > 1
          ? [`Signature ${signatureIndex + 1} of ${token.signatures.length} verified with this key.`]
          : []),
      ],
    };
  }
  const error = outcome.error;
  if (error.code === 'SIGNATURE_INVALID' && parsed.value.source === 'secret') {
    const hint = await secretEncodingHint(token, signature, options);
    return {
      state: 'invalid',
      headline: 'Invalid signature',
      details: [],
      error,
      alg,
      key,
      hints: hint ? [hint.message] : [],
      ...(hint ? { encodingSwitch: { from: options.encoding, to: hint.to } } : {}),
      ...signatureVerdicts,
    };
  }
  const state = error.code === 'SIGNATURE_INVALID' || error.code === 'CRIT_UNSUPPORTED' ? 'invalid' : 'error';
  const headline =
    error.code === 'KEY_ALG_MISMATCH'
      ? 'Key does not fit this algorithm'
      : state === 'invalid'
        ? 'Invalid signature'
        : 'The key cannot be used';
  return { state, headline, details: [], error, alg, key, hints: [], ...signatureVerdicts };
}

function unexpected(message: string): Verification {
  return {
    state: 'error',
    headline: 'Malformed token',
    details: [],
    error: labError('TOKEN_MALFORMED', 'token', message),
    hints: [],
  };
}

/** A JWKS fallback past an unknown `kid` is lenient: say that strict verifiers would refuse. */
function looseKidHint(
  isSet: boolean,
  tokenKid: unknown,
  keyKid: string | undefined,
  index: number,
): string[] {
  if (!isSet || typeof tokenKid !== 'string' || tokenKid === keyKid) return [];
  return [
    `No key in the set has kid "${tokenKid}"; key ${index + 1} verified it when tried. A verifier that selects keys by kid (as jose's createLocalJWKSet does) would reject this token.`,
  ];
}

let lastParse: { keyText: string; encoding: SecretEncoding; parsed: ReturnType<typeof parseKey> } | null =
  null;

/**
 * The key is parsed once per text and encoding, not on every keystroke in the token field: a JWKS of
 * 10,000 keys takes about half a second to read.
 */
function parseKeyOnce(keyText: string, encoding: SecretEncoding): ReturnType<typeof parseKey> {
  if (lastParse?.keyText !== keyText || lastParse.encoding !== encoding)
    lastParse = { keyText, encoding, parsed: parseKey(keyText, encoding) };
  return lastParse.parsed;
}
