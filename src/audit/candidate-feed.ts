/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loop over typed arrays whose bounds hold by
   construction; `?? 0` would add a branch per word read for nothing. */
// Candidates as the kernels consume them: written in order into a key buffer (zero past the candidate,
// as HMAC's zero padding needs), never as strings. Brute-force candidates turn in place like an odometer.
import type { CandidateShard } from './audit-protocol';
import { candidateAt, countSpace } from './brute-force-space';
import { countPacked, type PackedCandidates } from './candidate-list';
import { hashBytes, type Sha2Core } from './sha2-cores';
import { startOdometer, turnOdometer } from './odometer';

/** One shard's candidates, fed into `key` one after the other. */
export interface CandidateFeed {
  readonly total: number;
  /** Writes candidate `index` into the key buffer and returns its length there. Call with 0, 1, 2, … in order. */
  load(index: number): number;
  /** The candidate's own bytes (to report a hit). */
  bytesOf(index: number): Uint8Array;
}

/** Creates the feed for a shard over a key buffer one hash block long (which it zeroes first). */
export function createCandidateFeed(shard: CandidateShard, key: Uint8Array, core: Sha2Core): CandidateFeed {
  key.fill(0);
  return shard.kind === 'list' ? listFeed(shard.list, key, core) : bruteFeed(shard, key);
}

function bruteFeed(shard: Extract<CandidateShard, { kind: 'brute' }>, key: Uint8Array): CandidateFeed {
  const { alphabet, minLength, maxLength, start } = shard;
  const space = { alphabet, minLength, maxLength, size: countSpace(alphabet.length, minLength, maxLength) };
  const total = shard.end - start;
  const odometer = total > 0 ? startOdometer(space, start, key) : null;
  return {
    total,
    load(index) {
      if (!odometer) throw new RangeError('empty shard');
      if (index > 0) turnOdometer(odometer, alphabet, key);
      return odometer.length;
    },
    bytesOf: (index) => candidateAt(space, start + index),
  };
}

function listFeed(list: PackedCandidates, key: Uint8Array, core: Sha2Core): CandidateFeed {
  const { bytes, offsets } = list;
  let written = 0;
  return {
    total: countPacked(list),
    load(index) {
      const from = offsets[index]!;
      let length = offsets[index + 1]! - from;
      if (length <= key.length) {
        for (let i = 0; i < length; i++) key[i] = bytes[from + i]!;
      } else {
        // RFC 2104 §2: a key longer than the block is replaced by its hash.
        const digest = hashBytes(core, bytes.subarray(from, from + length));
        key.set(digest);
        length = digest.length;
      }
      if (written > length) key.fill(0, length, written);
      written = length;
      return length;
    },
    bytesOf: (index) => bytes.slice(offsets[index], offsets[index + 1]),
  };
}
