import { compressRounds256, expandSchedule256, IV256 } from './sha256-core';
import { compressRounds512, expandSchedule512, IV384, IV512 } from './sha512-core';
import { padToWords, wordsToBytes } from './sha2-blocks';

/** The HMAC algorithms a token can be cracked for (RFC 7518 §3.2). */
export type HmacAlgorithm = 'HS256' | 'HS384' | 'HS512';

/** One SHA-2 hash as the HMAC kernel needs it: sizes in bytes and 32-bit words, and its two halves. */
export interface Sha2Core {
  readonly blockBytes: 64 | 128;
  readonly digestBytes: 32 | 48 | 64;
  /** Words of the expanded schedule (64 for SHA-256; 80 hi/lo pairs for SHA-512). */
  readonly scheduleWords: number;
  readonly iv: Int32Array;
  readonly expand: (w: Int32Array) => void;
  readonly rounds: (state: Int32Array, w: Int32Array) => void;
}

/** The SHA-2 core behind each HMAC algorithm. */
export const SHA2_CORES: Readonly<Record<HmacAlgorithm, Sha2Core>> = {
  HS256: {
    blockBytes: 64,
    digestBytes: 32,
    scheduleWords: 64,
    iv: IV256,
    expand: expandSchedule256,
    rounds: compressRounds256,
  },
  HS384: {
    blockBytes: 128,
    digestBytes: 48,
    scheduleWords: 160,
    iv: IV384,
    expand: expandSchedule512,
    rounds: compressRounds512,
  },
  HS512: {
    blockBytes: 128,
    digestBytes: 64,
    scheduleWords: 160,
    iv: IV512,
    expand: expandSchedule512,
    rounds: compressRounds512,
  },
};

/** Hashes `bytes` whole (the slow path, for HMAC keys longer than a block, RFC 2104 §2). */
export function hashBytes(core: Sha2Core, bytes: Uint8Array): Uint8Array {
  const words = padToWords(bytes, 0, core.blockBytes);
  const blockWords = core.blockBytes / 4;
  const state = core.iv.slice();
  const w = new Int32Array(core.scheduleWords);
  for (let at = 0; at < words.length; at += blockWords) {
    w.set(words.subarray(at, at + blockWords));
    core.expand(w);
    core.rounds(state, w);
  }
  return wordsToBytes(state, core.digestBytes);
}
