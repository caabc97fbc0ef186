// What the shader reads, laid out as 32-bit words. Two buffers: the constants of one audit (the expected
// signature, the alphabet, the token's expanded message schedules), written once, and the parameters of
// one batch (a uniform), written before each dispatch. Word lists add a third: one key block per candidate.
import { SHA2_CORES, hashBytes, type HmacAlgorithm } from '../sha2-cores';
import { bytesToWords, padToWords } from '../sha2-blocks';
import type { PackedCandidates } from '../candidate-list';

/** Word offsets in the constants buffer (the shader declares the same numbers). */
export const CONSTANTS_LAYOUT = { targetAt: 0, alphabetAt: 16, schedulesAt: 112 } as const;

/** Longest alphabet the layout has room for: printable ASCII is 95 characters. */
export const MAX_ALPHABET = CONSTANTS_LAYOUT.schedulesAt - CONSTANTS_LAYOUT.alphabetAt;

/** Most candidate characters a batch's digits can hold (MAX_BRUTE_FORCE_LENGTH). */
export const MAX_DIGITS = 16;

/** Bytes of the batch uniform: count, length, base, blocks, then 16 digits (4 × vec4<u32>). */
export const PARAMS_BYTES = 16 + MAX_DIGITS * 4;

/** The constants of one audit, and how many message blocks they hold. */
export interface GpuConstants {
  readonly words: Uint32Array;
  readonly blocks: number;
}

/**
 * Packs the expected signature (big-endian words), the alphabet (one character per word) and the schedules
 * of the token's message blocks, expanded once here, as the CPU kernel does (hmac-kernel.ts).
 */
export function packConstants(
  alg: HmacAlgorithm,
  message: Uint8Array,
  signature: Uint8Array,
  alphabet: Uint8Array = new Uint8Array(0),
): GpuConstants {
  if (alphabet.length > MAX_ALPHABET) throw new RangeError(`alphabet longer than ${MAX_ALPHABET}`);
  const core = SHA2_CORES[alg];
  const blockWords = core.blockBytes / 4;
  const padded = padToWords(message, core.blockBytes, core.blockBytes);
  const blocks = padded.length / blockWords;
  const words = new Uint32Array(CONSTANTS_LAYOUT.schedulesAt + blocks * core.scheduleWords);
  words.set(bytesToWords(signature, core.digestBytes / 4), CONSTANTS_LAYOUT.targetAt);
  words.set(alphabet, CONSTANTS_LAYOUT.alphabetAt);
  const schedule = new Int32Array(core.scheduleWords);
  for (let block = 0; block < blocks; block++) {
    schedule.fill(0);
    schedule.set(padded.subarray(block * blockWords, (block + 1) * blockWords));
    core.expand(schedule);
    words.set(schedule, CONSTANTS_LAYOUT.schedulesAt + block * core.scheduleWords);
  }
  return { words, blocks };
}

/** One batch's parameters: `count` candidates from `digits` (brute force; ignored for lists). */
export interface BatchParams {
  readonly count: number;
  readonly length: number;
  readonly base: number;
  readonly blocks: number;
  readonly digits: ArrayLike<number>;
}

/** The batch uniform's bytes (WGSL struct Params). */
export function packParams({ count, length, base, blocks, digits }: BatchParams): Uint32Array {
  const words = new Uint32Array(PARAMS_BYTES / 4);
  words.set([count, length, base, blocks]);
  for (let i = 0; i < length; i++) words[4 + i] = digits[i] ?? 0;
  return words;
}

/**
 * Word-list candidates [from, to) as key blocks (big-endian words, zero after the candidate; a key longer
 * than the block is replaced by its hash, RFC 2104 §2), one block per candidate, back to back.
 */
export function packKeyBlocks(
  alg: HmacAlgorithm,
  list: PackedCandidates,
  from: number,
  to: number,
): Uint32Array {
  const core = SHA2_CORES[alg];
  const blockWords = core.blockBytes / 4;
  const words = new Uint32Array((to - from) * blockWords);
  for (let index = from; index < to; index++) {
    let key = list.bytes.subarray(list.offsets[index], list.offsets[index + 1]);
    if (key.length > core.blockBytes) key = hashBytes(core, key);
    words.set(bytesToWords(key, blockWords), (index - from) * blockWords);
  }
  return words;
}
