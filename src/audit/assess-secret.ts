/**
 * The verdict on an HMAC secret: public (published, so broken), weak (guessable or too short) or strong,
 * with the reasons in plain words and how long an offline attack on one captured token would take.
 */
import { ALGORITHM_INFO } from '@/core/algorithms';
import type { SecretEncoding } from '@/keys/key-types';
import { estimateCrackTime, type CrackTime } from './crack-time';
import type { EntropyEstimate } from './entropy';
import { GPU_GUESSES_PER_SECOND } from './gpu-figures';
import { explainSecretStrength, MIN_ENTROPY_BITS, MIN_SECRET_BYTES } from './secret-reasons';
import type { KnownSecretMatch } from './secret-list';
import type { HmacAlgorithm } from './sha2-cores';

/** `public`: published, so broken; `weak`: under 128 bits or under 32 bytes; `strong` otherwise. */
export type SecretVerdict = 'strong' | 'weak' | 'public';

export const HMAC_ALGORITHMS: readonly HmacAlgorithm[] = ['HS256', 'HS384', 'HS512'];

/** The minimum key size of each HMAC algorithm in bytes: its hash output (RFC 7518 §3.2). */
export const MINIMUM_SECRET_BYTES: Readonly<Record<HmacAlgorithm, number>> = {
  HS256: ALGORITHM_INFO.HS256.hashBytes,
  HS384: ALGORITHM_INFO.HS384.hashBytes,
  HS512: ALGORITHM_INFO.HS512.hashBytes,
};

/**
 * Guesses an attacker needs for a published secret: 2^17, a little over the 103,781 secrets of the
 * wallarm/jwt-secrets list, which cracking tools run before anything else.
 */
export const KNOWN_SECRET_GUESSES = 2 ** 17;

/** Everything the assessment needs, each part computed elsewhere (decoding, list lookup, zxcvbn, speed). */
export interface SecretStrengthInput {
  /** The encoding the bytes were decoded with. */
  readonly encoding: SecretEncoding;
  /** The key itself: the secret text decoded under `encoding`. */
  readonly bytes: Uint8Array;
  readonly known: KnownSecretMatch | null;
  readonly estimate: EntropyEstimate;
  /** HS256 guesses per second measured in this browser, or `null` before it has been measured. */
  readonly guessesPerSecond: { readonly browser: number | null };
}

/** How long trying every candidate takes (on average, half of it). */
export interface SecretCrackTimes {
  /** At the speed measured in this browser; `null` when not measured. */
  readonly browser: CrackTime | null;
  /** On one RTX 4090 (approximate published figures, see gpu-figures.ts). */
  readonly gpu: Readonly<Record<HmacAlgorithm, CrackTime>>;
}

export interface SecretAssessment {
  readonly verdict: SecretVerdict;
  /** Plain sentences, most important first. */
  readonly reasons: readonly string[];
  readonly bytes: number;
  readonly minimumBytes: Readonly<Record<HmacAlgorithm, number>>;
  readonly meetsMinimum: Readonly<Record<HmacAlgorithm, boolean>>;
  /** The entropy estimate, capped at 8 bits per key byte. */
  readonly entropyBits: number;
  readonly estimate: EntropyEstimate;
  /** log2 of the guesses an attacker needs: the entropy, or ~17 for a published secret. */
  readonly guessesLog2: number;
  readonly crackTime: SecretCrackTimes;
}

/** Assesses an HMAC secret from its bytes, whether it is published, and its entropy estimate. */
export function assessSecretStrength(input: SecretStrengthInput): SecretAssessment {
  const { bytes, known, estimate } = input;
  const size = bytes.length;
  const entropyBits = Math.min(estimate.bits, 8 * size);
  const verdict: SecretVerdict = known
    ? 'public'
    : entropyBits < MIN_ENTROPY_BITS || size < MIN_SECRET_BYTES
      ? 'weak'
      : 'strong';
  const guessesLog2 = known ? Math.min(entropyBits, Math.log2(KNOWN_SECRET_GUESSES)) : entropyBits;
  const guesses = 2 ** guessesLog2;
  const browserSpeed = input.guessesPerSecond.browser;
  return {
    verdict,
    reasons: explainSecretStrength({ known, bytes: size, encoding: input.encoding, estimate, entropyBits }),
    bytes: size,
    minimumBytes: MINIMUM_SECRET_BYTES,
    meetsMinimum: perAlgorithm((alg) => size >= MINIMUM_SECRET_BYTES[alg]),
    entropyBits,
    estimate,
    guessesLog2,
    crackTime: {
      browser: browserSpeed !== null && browserSpeed > 0 ? estimateCrackTime(guesses, browserSpeed) : null,
      gpu: perAlgorithm((alg) => estimateCrackTime(guesses, GPU_GUESSES_PER_SECOND[alg])),
    },
  };
}

function perAlgorithm<T>(value: (alg: HmacAlgorithm) => T): Record<HmacAlgorithm, T> {
  return { HS256: value('HS256'), HS384: value('HS384'), HS512: value('HS512') };
}
