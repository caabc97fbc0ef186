/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loop over typed arrays whose bounds hold by
   construction; `?? 0` would add a branch per word read for nothing. */
// The inner loop of a worker: tries a shard's candidates in batches. Where WebAssembly SIMD is available,
// HS256 runs four candidates per step (i32x4 lanes) and HS384/HS512 two (i64x2 lanes); otherwise the
// TypeScript kernel runs one at a time. After a hit the shard is finished: the worker reports it and stops.
import type { CandidateShard } from './audit-protocol';
import { createCandidateFeed, type CandidateFeed } from './candidate-feed';
import { createHmacKernel, loadKey, type HmacKernel } from './hmac-kernel';
import { SHA2_CORES, type HmacAlgorithm } from './sha2-cores';
import { createSimdHmac256 } from './wasm/simd-hmac256';
import { createSimdHmac512 } from './wasm/simd-hmac512';
import type { SimdHmacLanes } from './wasm/simd-lanes';

/** Walks one shard; `tried` counts candidates tried so far, out of `total`. */
export interface ShardCursor {
  readonly total: number;
  readonly tried: number;
  /** Which kernel runs: WebAssembly SIMD (4 lanes for HS256, 2 for HS384/512) or scalar TypeScript. */
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
  const lanes = simd ? createSimdLanes(target) : null;
  if (!lanes) return scalarCursor(kernel, feed);
  const verifier = createHmacKernel(core, target.message, target.signature);
  return simdCursor(lanes, feed, kernel.key, verifier);
}

function createSimdLanes({ alg, message, signature }: ShardTarget): SimdHmacLanes | null {
  return alg === 'HS256' ? createSimdHmac256(message, signature) : createSimdHmac512(message, signature);
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
  lanes: SimdHmacLanes,
  feed: CandidateFeed,
  key: Uint8Array,
  verifier: HmacKernel,
): ShardCursor {
  const { keyWords, keyWordIndex } = lanes;
  const width = lanes.lanes;
  let tried = 0;
  // Words past this have never been written for any slot, so they are still zero in every slot.
  let wordsInUse = 0;
  const confirmGroup = (group: number, count: number): number => {
    for (let slot = group * width; slot < Math.min(count, (group + 1) * width); slot++) {
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
          for (let word = 0, i = 0; word < wordsInUse; word++, i += 4) {
            keyWords[keyWordIndex(slot, word)] =
              (key[i]! << 24) | (key[i + 1]! << 16) | (key[i + 2]! << 8) | key[i + 3]!;
          }
        }
        const groups = Math.ceil(count / width);
        // A first-word match is a candidate only (1 in 2^32 wrong keys passes it for HS256, 1 in 2^64
        // for HS384/512), so confirm it in full.
        for (let found = lanes.run(0, groups); found >= 0;) {
          const group = Math.floor(found / width);
          const slot = confirmGroup(group, count);
          if (slot >= 0) {
            tried += slot + 1;
            return feed.bytesOf(tried - 1);
          }
          found = lanes.run(group + 1, groups);
        }
        tried += count;
      }
      return null;
    },
  };
}
