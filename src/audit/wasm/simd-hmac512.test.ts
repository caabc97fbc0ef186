import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashBytes, SHA2_CORES } from '../sha2-cores';
import { buildHmacSha512SimdModule } from './hmac-sha512-simd-module';
import { createSimdHmac512, type SimdHmac512 } from './simd-hmac512';

const ALGS = [
  ['HS384', 'sha384', 48],
  ['HS512', 'sha512', 64],
] as const;
type Alg = readonly ['HS384' | 'HS512', 'sha384' | 'sha512', number];

/** Deterministic bytes (no Math.random): a small LCG seeded per call site. */
const bytesOf = (length: number, seed: number) => {
  let state = seed >>> 0;
  return Uint8Array.from({ length }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state >>> 24;
  });
};

/** Writes `key` into `slot` as the shard cursor does: hashed past one block, zero-padded to 32 words. */
function writeKey(kernel: SimdHmac512, [alg]: Alg, slot: number, key: Uint8Array) {
  const bytes = key.length > 128 ? hashBytes(SHA2_CORES[alg], key) : key;
  const padded = new Uint8Array(128);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  for (let word = 0; word < 32; word++)
    kernel.keyWords[kernel.keyWordIndex(slot, word)] = view.getInt32(word * 4);
}

const nodeHmac = ([, hash]: Alg, key: Uint8Array, message: Uint8Array) =>
  new Uint8Array(createHmac(hash, key).update(message).digest());

/** Runs two keys in group 0 and returns both lanes' digests. */
function digestsOf(alg: Alg, keys: [Uint8Array, Uint8Array], message: Uint8Array) {
  const kernel = createSimdHmac512(message, new Uint8Array(alg[2]));
  if (!kernel) throw new Error('WebAssembly SIMD unavailable');
  keys.forEach((key, lane) => writeKey(kernel, alg, lane, key));
  kernel.run(0, 1);
  return [kernel.readDigest(0), kernel.readDigest(1)];
}

describe('buildHmacSha512SimdModule', () => {
  it.each([6, 8] as const)(
    'produces a valid module exporting batch and memory (%i digest words)',
    (words) => {
      const bytes = buildHmacSha512SimdModule(words);
      expect(WebAssembly.validate(bytes as BufferSource)).toBe(true);
      const names = WebAssembly.Module.exports(new WebAssembly.Module(bytes as BufferSource)).map(
        (e) => e.name,
      );
      expect(names.sort()).toEqual(['batch', 'memory']);
    },
  );
});

describe('createSimdHmac512', () => {
  // Every length in three slices per hash (each test stays short on a loaded machine).
  const slices = (last: number) =>
    ALGS.flatMap((alg) =>
      [0, 1, 2].map(
        (i) =>
          [alg[0], Math.round((i * last) / 3) + (i ? 1 : 0), Math.round(((i + 1) * last) / 3), alg] as const,
      ),
    );

  it.each(slices(300))('%s matches node:crypto for every message length %i..%i bytes', (_, from, to, alg) => {
    for (let length = from; length <= to; length++) {
      const message = bytesOf(length, length + 1);
      const keys: [Uint8Array, Uint8Array] = [
        bytesOf(length % 201, 7 * length),
        bytesOf((length * 37) % 201, length),
      ];
      const digests = digestsOf(alg, keys, message);
      expect([length, digests[0]]).toEqual([length, nodeHmac(alg, keys[0], message)]);
      expect([length, digests[1]]).toEqual([length, nodeHmac(alg, keys[1], message)]);
    }
  });

  it.each(slices(200))('%s matches node:crypto for every key length %i..%i bytes', (_, from, to, alg) => {
    const message = new TextEncoder().encode('eyJhbGciOiJIUzUxMiJ9.eyJzdWIiOiJrZXlzIn0');
    for (let length = from; length <= to; length++) {
      const keys: [Uint8Array, Uint8Array] = [bytesOf(length, length + 99), bytesOf(200 - length, length)];
      const digests = digestsOf(alg, keys, message);
      expect([length, digests[0]]).toEqual([length, nodeHmac(alg, keys[0], message)]);
      expect([length, digests[1]]).toEqual([length, nodeHmac(alg, keys[1], message)]);
    }
  });

  it.each(ALGS)('%s matches node:crypto on random keys and messages', (...alg) => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.uint8Array({ maxLength: 200 }),
        fc.uint8Array({ maxLength: 400 }),
        (key0, key1, message) => {
          expect(digestsOf(alg, [key0, key1], message)).toEqual([
            nodeHmac(alg, key0, message),
            nodeHmac(alg, key1, message),
          ]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each(ALGS)('%s returns the slot of the matching key among many, or -1', (...alg) => {
    const message = bytesOf(170, 5);
    const secret = bytesOf(11, 6);
    const kernel = createSimdHmac512(message, nodeHmac(alg, secret, message));
    if (!kernel) throw new Error('WebAssembly SIMD unavailable');
    for (let slot = 0; slot < kernel.capacity; slot++) writeKey(kernel, alg, slot, bytesOf(11, 1000 + slot));
    expect(kernel.run(0, kernel.capacity / 2)).toBe(-1);
    writeKey(kernel, alg, 777, secret);
    expect(kernel.run(0, kernel.capacity / 2)).toBe(777);
    expect(kernel.run(389, kernel.capacity / 2)).toBe(-1);
  });

  it('returns null for a signature that fits neither hash', () => {
    expect(createSimdHmac512(new Uint8Array(3), new Uint8Array(32))).toBeNull();
  });
});
