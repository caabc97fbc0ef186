// Instantiates the generated SIMD module for one token and exposes its key-word slots. Returns null
// where WebAssembly SIMD128 is unavailable (or blocked by a Content-Security-Policy without
// 'wasm-unsafe-eval'); callers then use the scalar TypeScript kernel.
import { expandSchedule256, IV256 } from '../sha256-core';
import { padToWords } from '../sha2-blocks';
import { buildHmacSha256SimdModule, SIMD_LAYOUT as L } from './hmac-sha256-simd-module';
import type { SimdHmacLanes } from './simd-lanes';

/** Four-lane HMAC-SHA-256 against one token's signing input and signature. */
export type SimdHmac256 = SimdHmacLanes;

let compiled: WebAssembly.Module | null | undefined;

function compileOnce(): WebAssembly.Module | null {
  if (compiled === undefined) {
    try {
      compiled = new WebAssembly.Module(buildHmacSha256SimdModule() as BufferSource);
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/** Index into `keyWords` of word `word` of candidate `slot`. */
export function keyWordIndex(slot: number, word: number): number {
  return (L.keys >> 2) + (slot >> 2) * (L.groupBytes >> 2) + word * 4 + (slot & 3);
}

/** Prepares the SIMD kernel for a message and a 32-byte signature, or returns null if unsupported. */
export function createSimdHmac256(message: Uint8Array, signature: Uint8Array): SimdHmac256 | null {
  const module = compileOnce();
  if (!module || signature.length !== 32) return null;
  const instance = new WebAssembly.Instance(module);
  const memory = instance.exports['memory'] as WebAssembly.Memory;
  const batch = instance.exports['batch'] as (from: number, to: number, blocks: number) => number;
  const blocks = padToWords(message, 64, 64);
  const blockCount = blocks.length / 16;
  const needed = L.msg + blockCount * L.msgBlockBytes;
  const pages = Math.ceil(needed / 65536) - memory.buffer.byteLength / 65536;
  if (pages > 0) memory.grow(pages);
  const words = new Int32Array(memory.buffer);
  const splat = (at: number, value: number) => words.fill(value, at >> 2, (at >> 2) + 4);
  IV256.forEach((value, i) => splat(L.iv + i * 16, value));
  splat(L.target, new DataView(signature.buffer, signature.byteOffset).getInt32(0));
  const schedule = new Int32Array(64);
  for (let b = 0; b < blockCount; b++) {
    schedule.set(blocks.subarray(b * 16, b * 16 + 16));
    expandSchedule256(schedule);
    schedule.forEach((value, t) => splat(L.msg + b * L.msgBlockBytes + t * 16, value));
  }
  return {
    lanes: 4,
    capacity: L.maxGroups * 4,
    keyWords: words,
    keyWordIndex,
    run: (fromGroup, toGroup) => batch(fromGroup, toGroup, blockCount),
  };
}
