/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays whose bounds hold by construction. */
// Instantiates the generated SHA-512-family SIMD module for one HS384 or HS512 token. Returns null where
// WebAssembly SIMD128 is unavailable (or blocked by a Content-Security-Policy without 'wasm-unsafe-eval');
// callers then use the scalar TypeScript kernel.
import { padToWords } from '../sha2-blocks';
import { expandSchedule512, IV384, IV512, K512 } from '../sha512-core';
import { buildHmacSha512SimdModule, SIMD512_LAYOUT as L } from './hmac-sha512-simd-module';
import type { SimdHmacLanes } from './simd-lanes';

/** Two-lane HMAC-SHA-384/512; `readDigest` exposes the last group's digests for tests. */
export interface SimdHmac512 extends SimdHmacLanes {
  /** The full HMAC of lane `lane` (0 or 1) of the last group `run` computed. */
  readDigest(lane: number): Uint8Array;
}

const compiled = new Map<6 | 8, WebAssembly.Module | null>();

function compileOnce(digestWords: 6 | 8): WebAssembly.Module | null {
  if (!compiled.has(digestWords)) {
    try {
      compiled.set(
        digestWords,
        new WebAssembly.Module(buildHmacSha512SimdModule(digestWords) as BufferSource),
      );
    } catch {
      compiled.set(digestWords, null);
    }
  }
  return compiled.get(digestWords) ?? null;
}

/** Index into the memory's words of big-endian key word `word` of candidate `slot`. */
export function keyWordIndex512(slot: number, word: number): number {
  // Word 2i is the high half of 64-bit word i, stored after its low half (little-endian i64 lanes).
  return (
    (L.keys >> 2) + (slot >> 1) * (L.groupBytes >> 2) + (word >> 1) * 4 + (slot & 1) * 2 + ((word & 1) ^ 1)
  );
}

/** Prepares the SIMD kernel for a message and a 48-byte (HS384) or 64-byte (HS512) signature, or null. */
export function createSimdHmac512(message: Uint8Array, signature: Uint8Array): SimdHmac512 | null {
  if (signature.length !== 48 && signature.length !== 64) return null;
  const digestWords = signature.length === 48 ? 6 : 8;
  const module = compileOnce(digestWords);
  if (!module) return null;
  const instance = new WebAssembly.Instance(module);
  const memory = instance.exports['memory'] as WebAssembly.Memory;
  const batch = instance.exports['batch'] as (from: number, to: number, blocks: number) => number;
  const blocks = padToWords(message, 128, 128);
  const blockCount = blocks.length / 32;
  const pages = Math.ceil((L.msg + blockCount * L.msgBlockBytes) / 65536) - memory.buffer.byteLength / 65536;
  if (pages > 0) memory.grow(pages);
  const words = new Int32Array(memory.buffer);
  // A 64-bit word (hi, lo) in both lanes: each lane is a little-endian i64, low half first.
  const splat = (at: number, hi: number, lo: number) => words.set([lo, hi, lo, hi], at >> 2);
  const iv = digestWords === 6 ? IV384 : IV512;
  for (let i = 0; i < 8; i++) splat(L.iv + i * 16, iv[2 * i]!, iv[2 * i + 1]!);
  const view = new DataView(signature.buffer, signature.byteOffset);
  splat(L.target, view.getInt32(0), view.getInt32(4));
  const schedule = new Int32Array(160);
  for (let b = 0; b < blockCount; b++) {
    schedule.set(blocks.subarray(b * 32, b * 32 + 32));
    expandSchedule512(schedule);
    for (let t = 0; t < 80; t++) {
      // W[t] + K[t] as one 64-bit sum: the message rounds then skip their constant.
      const lo = (schedule[2 * t + 1]! >>> 0) + (K512[2 * t + 1]! >>> 0);
      const hi = schedule[2 * t]! + K512[2 * t]! + (lo > 0xffffffff ? 1 : 0);
      splat(L.msg + b * L.msgBlockBytes + t * 16, hi | 0, lo | 0);
    }
  }
  return {
    lanes: 2,
    capacity: L.maxGroups * 2,
    keyWords: words,
    keyWordIndex: keyWordIndex512,
    run: (fromGroup, toGroup) => batch(fromGroup, toGroup, blockCount),
    readDigest(lane) {
      const out = new DataView(new ArrayBuffer(digestWords * 8));
      for (let i = 0; i < digestWords; i++) {
        const at = (L.state >> 2) + i * 4 + lane * 2;
        out.setInt32(i * 8, words[at + 1]!);
        out.setInt32(i * 8 + 4, words[at]!);
      }
      return new Uint8Array(out.buffer);
    },
  };
}
