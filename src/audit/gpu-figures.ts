/**
 * Published cracking speeds for one modern GPU, so the Keys page can say how long an offline attack on
 * one captured token would take. These are approximate, order-of-magnitude figures, not measurements.
 */
import type { HmacAlgorithm } from './sha2-cores';

/** The hardware the figures describe, phrased to follow "on …". */
export const GPU_DESCRIPTION = 'one NVIDIA GeForce RTX 4090';

/**
 * About 4.2 billion HS256 guesses per second (approximate): hashcat mode 16500 "JWT (JSON Web Token)" on
 * one RTX 4090, the figure cited from the community benchmark gists (Chick3nman, hashcat v6.2.6, stock
 * clocks, Oct 2022). Cross-check from the same author's published numbers: on the RTX 3090, mode 16500
 * ran at 1,854.7 MH/s with SHA2-256 (mode 1400) at 9,713.2 MH/s; the 4090 runs SHA2-256 at 21,975.5 MH/s,
 * and 1,854.7 × 21,975.5 / 9,713.2 ≈ 4,196 MH/s. The benchmark signs a short message; real tokens span
 * more SHA-256 blocks and crack a few times slower, so this errs on the attacker's side, as a warning should.
 */
export const GPU_HS256_GUESSES_PER_SECOND = 4.2e9;

/**
 * HS384 and HS512 run 2.7 times slower. SHA-384 and SHA-512 share one compression function (80 rounds on
 * 64-bit words, which GPUs emulate with 32-bit pairs), so they cost the same. 2.7 is the measured
 * HMAC ratio in the RTX 3090 gist (mode 1450 HMAC-SHA256 1,898.6 MH/s vs mode 1750 HMAC-SHA512
 * 705.5 MH/s); the raw-hash ratio on the 4090 is 2.9 (21,975.5 vs 7,483.4 MH/s). We take the smaller
 * slowdown: a faster attacker means shorter, more cautious crack times.
 */
export const GPU_SHA512_SLOWDOWN = 2.7;

/** Guesses per second on one RTX 4090, per HMAC algorithm (approximate). */
export const GPU_GUESSES_PER_SECOND: Readonly<Record<HmacAlgorithm, number>> = {
  HS256: GPU_HS256_GUESSES_PER_SECOND,
  HS384: GPU_HS256_GUESSES_PER_SECOND / GPU_SHA512_SLOWDOWN,
  HS512: GPU_HS256_GUESSES_PER_SECOND / GPU_SHA512_SLOWDOWN,
};
