// What every SIMD HMAC kernel offers the shard cursor: candidate slots in groups of `lanes`, written as
// big-endian 32-bit key words into the instance's memory, and a batch call over whole groups.

/** A SIMD HMAC kernel instantiated for one token's signing input and signature. */
export interface SimdHmacLanes {
  /** Candidates per group (one per SIMD lane): 4 for SHA-256, 2 for SHA-384/512. */
  readonly lanes: 2 | 4;
  /** Candidates per call at most (lanes × groups). */
  readonly capacity: number;
  /** The instance's memory as 32-bit words; write key words at `keyWordIndex(slot, word)`. */
  readonly keyWords: Int32Array;
  /** Index into `keyWords` of big-endian key word `word` of candidate `slot` (0 ≤ slot < capacity). */
  readonly keyWordIndex: (slot: number, word: number) => number;
  /** Tests groups [fromGroup, toGroup); returns the first slot whose first digest word matches, or -1. */
  run(fromGroup: number, toGroup: number): number;
}
