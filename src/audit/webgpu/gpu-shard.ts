// A shard as GPU batches: which candidates the next batch holds, in the CPU engine's order, and the bytes
// of any one of them (to report a hit).
import type { CandidateShard } from '../audit-protocol';
import { candidateAt, countSpace, type BruteForceSpace } from '../brute-force-space';
import { countPacked } from '../candidate-list';
import type { HmacAlgorithm } from '../sha2-cores';
import { planBruteBatch } from './brute-batches';
import type { GpuBatch } from './gpu-cracker';
import { packKeyBlocks } from './gpu-layout';

/** One shard's candidates, batch by batch. */
export interface GpuShard {
  readonly total: number;
  /** The alphabet the shader turns (empty for a list). */
  readonly alphabet: Uint8Array;
  /** The batch of at most `max` candidates starting at shard position `tried`. */
  batch(tried: number, max: number): GpuBatch;
  /** The bytes of the candidate at shard position `index`. */
  bytesOf(index: number): Uint8Array;
}

/** Wraps a shard for the GPU loop. */
export function createGpuShard(alg: HmacAlgorithm, shard: CandidateShard): GpuShard {
  if (shard.kind === 'list') {
    const { list } = shard;
    return {
      total: countPacked(list),
      alphabet: new Uint8Array(0),
      batch(tried, max) {
        const count = Math.min(max, countPacked(list) - tried);
        return { count, length: 0, digits: [], keys: packKeyBlocks(alg, list, tried, tried + count) };
      },
      bytesOf: (index) => list.bytes.slice(list.offsets[index], list.offsets[index + 1]),
    };
  }
  const { alphabet, minLength, maxLength, start, end } = shard;
  const space: BruteForceSpace = {
    alphabet,
    minLength,
    maxLength,
    size: countSpace(alphabet.length, minLength, maxLength),
  };
  return {
    total: end - start,
    alphabet,
    batch(tried, max) {
      const { count, length, digits } = planBruteBatch(space, start + tried, end, max);
      return { count, length, digits };
    },
    bytesOf: (index) => candidateAt(space, start + index),
  };
}
