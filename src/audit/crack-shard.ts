/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loop over typed arrays whose bounds hold by
   construction; `?? 0` would add a branch per word read for nothing. */
// The inner loop of a worker: tries a shard's candidates in batches. HS256 runs four candidates per step
// in WebAssembly SIMD when available; otherwise (and for HS384/512) the TypeScript kernel runs one at a
// time. After a hit the shard is finished: the worker reports it and stops.
import type { CandidateShard } from './audit-protocol';
import { createCandidateFeed, type CandidateFeed } from './candidate-feed';
import { createHmacKernel, loadKey, type HmacKernel } from './hmac-kernel';
import { SHA2_CORES, type HmacAlgorithm } from './sha2-cores';
import { createSimdHmac256, keyWordIndex, type SimdHmac256 } from './wasm/simd-hmac256';

/** Walks one shard; `tried` counts candidates tried so far, out of `total`. */
export interface ShardCursor {
  readonly total: number;
  readonly tried: number;
  /** Which kernel runs: four-lane WebAssembly SIMD or scalar TypeScript. */
  readonly engine: 'wasm-simd' | 'typescript';
  /** Tries up to `budget` more candidates; returns the first that matches (its bytes), else null. */
  step(budget: number): Uint8Array | null;
}

/** What a shard is cracked against. */
export interface ShardTarget {
  readonly alg: HmacAlgorithm;
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
}

/** Creates the cursor for a shard; `simd: false` forces the TypeScript kernel (tests compare both). */
export function createShardCursor(
  target: ShardTarget,
  shard: CandidateShard,
  { simd = true } = {},
): ShardCursor {
  const core = SHA2_CORES[target.alg];
  const kernel = createHmacKernel(core, target.message, target.signature);
  const feed = createCandidateFeed(shard, kernel.key, core);
  const lanes = simd && target.alg === 'HS256' ? createSimdHmac256(target.message, target.signature) : null;
  if (!lanes) return scalarCursor(kernel, feed);
  const verifier = createHmacKernel(core, target.message, target.signature);
  return simdCursor(lanes, feed, kernel.key, verifier);
}

function scalarCursor(kernel: HmacKernel, feed: CandidateFeed): ShardCursor {
  let tried = 0;
  return {
    total: feed.total,
    engine: 'typescript',
    get tried() {
      return tried;
    },
    step(budget) {
      const stop = Math.min(feed.total, tried + budget);
      while (tried < stop) {
        feed.load(tried);
        tried++;
        if (kernel.matches()) return feed.bytesOf(tried - 1);
      }
      return null;
    },
  };
}

function simdCursor(
  lanes: SimdHmac256,
  feed: CandidateFeed,
  key: Uint8Array,
  verifier: HmacKernel,
): ShardCursor {
  const { keyWords } = lanes;
  let tried = 0;
  // Words past this have never been written for any slot, so they are still zero in every slot.
  let wordsInUse = 0;
  const confirmGroup = (group: number, count: number): number => {
    for (let slot = group * 4; slot < Math.min(count, group * 4 + 4); slot++) {
      loadKey(verifier, feed.bytesOf(tried + slot));
      if (verifier.matches()) return slot;
    }
    return -1;
  };
  return {
    total: feed.total,
    engine: 'wasm-simd',
    get tried() {
      return tried;
    },
    step(budget) {
      const stop = Math.min(feed.total, tried + budget);
      while (tried < stop) {
        const count = Math.min(lanes.capacity, stop - tried);
        for (let slot = 0; slot < count; slot++) {
          const words = (feed.load(tried + slot) + 3) >> 2;
          if (words > wordsInUse) wordsInUse = words;
          for (let word = 0, at = keyWordIndex(slot, 0), i = 0; word < wordsInUse; word++, at += 4, i += 4) {
            keyWords[at] = (key[i]! << 24) | (key[i + 1]! << 16) | (key[i + 2]! << 8) | key[i + 3]!;
          }
        }
        const groups = (count + 3) >> 2;
        // A first-word match is a candidate only: 1 in 2^32 wrong keys passes it, so confirm in full.
        for (let found = lanes.run(0, groups); found >= 0; found = lanes.run((found >> 2) + 1, groups)) {
          const slot = confirmGroup(found >> 2, count);
          if (slot >= 0) {
            tried += slot + 1;
            return feed.bytesOf(tried - 1);
          }
        }
        tried += count;
      }
      return null;
    },
  };
}
