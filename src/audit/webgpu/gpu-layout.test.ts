import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { packCandidates } from '../candidate-list';
import { SHA2_CORES, type HmacAlgorithm } from '../sha2-cores';
import {
  CONSTANTS_LAYOUT,
  MAX_ALPHABET,
  packConstants,
  packKeyBlocks,
  packParams,
  PARAMS_BYTES,
} from './gpu-layout';

const ALGS: HmacAlgorithm[] = ['HS256', 'HS384', 'HS512'];
const HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;
const bytes = (length: number, seed = 1) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);
const words = (data: Uint8Array) =>
  Array.from({ length: data.length / 4 }, (_, i) =>
    new DataView(data.buffer, data.byteOffset).getUint32(i * 4),
  );

describe('packConstants', () => {
  // Message lengths around the block boundaries: the key block precedes the message, so padding differs.
  it.each(
    ALGS.flatMap((alg) => [0, 1, 55, 56, 64, 111, 112, 128, 300].map((length) => [alg, length] as const)),
  )('%s, %i-byte message: signature, alphabet and one expanded schedule per padded block', (alg, length) => {
    const core = SHA2_CORES[alg];
    const signature = bytes(core.digestBytes, 7);
    const alphabet = new TextEncoder().encode('abc');
    const { words: packed, blocks } = packConstants(alg, bytes(length), signature, alphabet);
    const lengthField = core.blockBytes / 8;
    expect(blocks).toBe(Math.ceil((length + 1 + lengthField) / core.blockBytes));
    expect([...packed.subarray(0, core.digestBytes / 4)]).toEqual(words(signature));
    expect([...packed.subarray(CONSTANTS_LAYOUT.alphabetAt, CONSTANTS_LAYOUT.alphabetAt + 4)]).toEqual([
      97, 98, 99, 0,
    ]);
    expect(packed.length).toBe(CONSTANTS_LAYOUT.schedulesAt + blocks * core.scheduleWords);
    // The schedule's first 16 words (32 halves for SHA-512) are the block itself; the rest is expanded.
    const first = packed.subarray(
      CONSTANTS_LAYOUT.schedulesAt,
      CONSTANTS_LAYOUT.schedulesAt + core.scheduleWords,
    );
    const expanded = Int32Array.from(first.subarray(0, core.blockBytes / 4));
    const schedule = new Int32Array(core.scheduleWords);
    schedule.set(expanded);
    core.expand(schedule);
    expect([...first]).toEqual([...new Uint32Array(schedule.buffer)]);
  });

  it('refuses an alphabet the layout has no room for', () => {
    expect(() => packConstants('HS256', bytes(3), bytes(32), bytes(MAX_ALPHABET + 1))).toThrow(RangeError);
  });
});

describe('packParams', () => {
  it('lays out count, length, base, blocks, then one digit per word', () => {
    const params = packParams({ count: 4096, length: 3, base: 36, blocks: 3, digits: [5, 0, 35] });
    expect(params.byteLength).toBe(PARAMS_BYTES);
    expect([...params.subarray(0, 8)]).toEqual([4096, 3, 36, 3, 5, 0, 35, 0]);
    expect(params.subarray(8).every((word) => word === 0)).toBe(true);
  });
});

describe('packKeyBlocks', () => {
  it.each(ALGS)(
    '%s: one zero-padded big-endian block per candidate; over-long keys hashed (RFC 2104 §2)',
    (alg) => {
      const core = SHA2_CORES[alg];
      const long = 'L'.repeat(core.blockBytes + 1);
      const exact = 'E'.repeat(core.blockBytes);
      const list = packCandidates(['skip', 'ab', 'é', long, exact]);
      const blocks = packKeyBlocks(alg, list, 1, 5);
      const blockWords = core.blockBytes / 4;
      expect(blocks.length).toBe(4 * blockWords);
      expect(blocks[0]).toBe(0x61620000);
      expect(blocks[blockWords]).toBe(0xc3a90000);
      expect(blocks.subarray(1, blockWords).every((word) => word === 0)).toBe(true);
      const digest = new Uint8Array(createHash(HASH[alg]).update(long).digest());
      expect([...blocks.subarray(2 * blockWords, 2 * blockWords + digest.length / 4)]).toEqual(words(digest));
      expect(blocks.subarray(2 * blockWords + digest.length / 4, 3 * blockWords).every((w) => w === 0)).toBe(
        true,
      );
      expect(blocks[3 * blockWords]).toBe(0x45454545);
      expect(blocks[4 * blockWords - 1]).toBe(0x45454545);
    },
  );
});
