// Generates a WebAssembly SIMD128 module that computes HMAC-SHA-256 for four candidate keys at once (one
// per i32x4 lane), fully unrolled. Memory layout (byte offsets; every v128 slot holds the word for all
// four lanes):
//   IV, STATE, INNER, TARGET  — splatted constants and scratch state
//   W                         — the 64-word schedule being built
//   KEYS                      — key words: group g, word i, lane l at KEYS + g*256 + i*16 + l*4
//   MSG                       — the token's message blocks, schedules pre-expanded (1024 bytes each)
// Export `batch(from, to, blocks)` runs groups [from, to) and returns 4*group+lane of the first lane whose
// first digest word equals TARGET's, or -1. The caller confirms candidates in full.
import { K256 } from '../sha256-core';
import { returnFirstMatchingLane, roundLocals } from './simd-kernel-parts';
import { encodeModule, I32, op, V128, type WasmFunction } from './wasm-encoder';

export const SIMD_LAYOUT = {
  iv: 0,
  state: 128,
  inner: 256,
  target: 384,
  w: 512,
  keys: 2048,
  groupBytes: 256,
  maxGroups: 256,
  msg: 2048 + 256 * 256,
  msgBlockBytes: 1024,
} as const;

const L = SIMD_LAYOUT;
const FN_EXPAND = 0;
const FN_COMPRESS = 1;

const rotr = (local: number, n: number) => [
  ...op.localGet(local),
  ...op.i32Const(n),
  ...op.i32x4ShrU(),
  ...op.localGet(local),
  ...op.i32Const(32 - n),
  ...op.i32x4Shl(),
  ...op.v128Or(),
];
const shr = (local: number, n: number) => [...op.localGet(local), ...op.i32Const(n), ...op.i32x4ShrU()];
const copy = (from: number, to: number) => [
  ...op.i32Const(0),
  ...op.i32Const(0),
  ...op.v128Load(from),
  ...op.v128Store(to),
];

/** expand(w): W[16..63] from W[0..15] (FIPS 180-4 §6.2.2 step 1). Local 1 is scratch. */
function expandFunction(): WasmFunction {
  const body: number[] = [];
  const x = 1;
  for (let t = 16; t < 64; t++) {
    body.push(...op.localGet(0));
    body.push(...op.localGet(0), ...op.v128Load((t - 2) * 16), ...op.localSet(x));
    body.push(...rotr(x, 17), ...rotr(x, 19), ...op.v128Xor(), ...shr(x, 10), ...op.v128Xor());
    body.push(...op.localGet(0), ...op.v128Load((t - 7) * 16), ...op.i32x4Add());
    body.push(...op.localGet(0), ...op.v128Load((t - 15) * 16), ...op.localSet(x));
    body.push(
      ...rotr(x, 7),
      ...rotr(x, 18),
      ...op.v128Xor(),
      ...shr(x, 3),
      ...op.v128Xor(),
      ...op.i32x4Add(),
    );
    body.push(...op.localGet(0), ...op.v128Load((t - 16) * 16), ...op.i32x4Add(), ...op.v128Store(t * 16));
  }
  return { params: [I32], results: [], locals: [V128], body };
}

/**
 * compress(state, w): 64 rounds, state += result. The eight working variables live in locals 2..9 and
 * are renamed round by round instead of shifted, so each round writes only the new `a` and `e`.
 */
function compressFunction(): WasmFunction {
  const body: number[] = [];
  const t1 = 10;
  for (let i = 0; i < 8; i++) body.push(...op.localGet(0), ...op.v128Load(i * 16), ...op.localSet(2 + i));
  for (let t = 0; t < 64; t++) {
    const [a, b, c, d, e, f, g, h] = roundLocals(t);
    body.push(...op.localGet(h));
    body.push(
      ...rotr(e, 6),
      ...rotr(e, 11),
      ...op.v128Xor(),
      ...rotr(e, 25),
      ...op.v128Xor(),
      ...op.i32x4Add(),
    );
    body.push(
      ...op.localGet(f),
      ...op.localGet(g),
      ...op.localGet(e),
      ...op.v128Bitselect(),
      ...op.i32x4Add(),
    );
    body.push(...op.v128Const32(K256[t] ?? 0), ...op.i32x4Add());
    body.push(...op.localGet(1), ...op.v128Load(t * 16), ...op.i32x4Add(), ...op.localSet(t1));
    body.push(...op.localGet(d), ...op.localGet(t1), ...op.i32x4Add(), ...op.localSet(d));
    body.push(...op.localGet(t1));
    body.push(
      ...rotr(a, 2),
      ...rotr(a, 13),
      ...op.v128Xor(),
      ...rotr(a, 22),
      ...op.v128Xor(),
      ...op.i32x4Add(),
    );
    // Maj(a, b, c): where a and b agree it is a, elsewhere c.
    body.push(...op.localGet(c), ...op.localGet(a), ...op.localGet(a), ...op.localGet(b), ...op.v128Xor());
    body.push(...op.v128Bitselect(), ...op.i32x4Add(), ...op.localSet(h));
  }
  for (let i = 0; i < 8; i++) {
    body.push(...op.localGet(0), ...op.localGet(0), ...op.v128Load(i * 16), ...op.localGet(2 + i));
    body.push(...op.i32x4Add(), ...op.v128Store(i * 16));
  }
  return {
    params: [I32, I32],
    results: [],
    locals: [V128, V128, V128, V128, V128, V128, V128, V128, V128],
    body,
  };
}

/** W[0..15] = key words of the group at address local 4, XOR the pad. */
const keyBlock = (pad: number) =>
  Array.from({ length: 16 }, (_, i) => [
    ...op.i32Const(0),
    ...op.localGet(4),
    ...op.v128Load(i * 16),
    ...op.v128Const32(pad),
    ...op.v128Xor(),
    ...op.v128Store(L.w + i * 16),
  ]).flat();
const startHash = () => Array.from({ length: 8 }, (_, i) => copy(L.iv + i * 16, L.state + i * 16)).flat();
const compress = (schedule: number[]) => [...op.i32Const(L.state), ...schedule, ...op.call(FN_COMPRESS)];
const expand = () => [...op.i32Const(L.w), ...op.call(FN_EXPAND)];

/** batch(from, to, blocks) -> i32 (params 0..2; locals 3 group, 4 key address, 5 block, 6 lane mask). */
function batchFunction(): WasmFunction {
  const [from, to, blocks, group, keyAt, block, mask] = [0, 1, 2, 3, 4, 5, 6];
  const constWord = (value: number, index: number) => [
    ...op.i32Const(0),
    ...op.v128Const32(value),
    ...op.v128Store(L.w + index * 16),
  ];
  const body = [
    ...op.localGet(from),
    ...op.localSet(group),
    ...op.block(),
    ...op.loop(),
    ...op.localGet(group),
    ...op.localGet(to),
    ...op.i32LtU(),
    ...op.i32Eqz(),
    ...op.brIf(1),
    ...op.localGet(group),
    ...op.i32Const(L.groupBytes),
    ...op.i32Mul(),
    ...op.i32Const(L.keys),
    ...op.i32Add(),
    ...op.localSet(keyAt),
    // Inner hash: key ^ ipad, then the message blocks.
    ...keyBlock(0x36363636),
    ...expand(),
    ...startHash(),
    ...compress(op.i32Const(L.w)),
    ...op.i32Const(0),
    ...op.localSet(block),
    ...op.block(),
    ...op.loop(),
    ...op.localGet(block),
    ...op.localGet(blocks),
    ...op.i32LtU(),
    ...op.i32Eqz(),
    ...op.brIf(1),
    ...compress([
      ...op.localGet(block),
      ...op.i32Const(L.msgBlockBytes),
      ...op.i32Mul(),
      ...op.i32Const(L.msg),
      ...op.i32Add(),
    ]),
    ...op.localGet(block),
    ...op.i32Const(1),
    ...op.i32Add(),
    ...op.localSet(block),
    ...op.br(0),
    ...op.end(),
    ...op.end(),
    ...Array.from({ length: 8 }, (_, i) => copy(L.state + i * 16, L.inner + i * 16)).flat(),
    // Outer hash: key ^ opad, then the inner digest padded to one block (length (64 + 32) * 8 bits).
    ...keyBlock(0x5c5c5c5c),
    ...expand(),
    ...startHash(),
    ...compress(op.i32Const(L.w)),
    ...Array.from({ length: 8 }, (_, i) => copy(L.inner + i * 16, L.w + i * 16)).flat(),
    ...constWord(0x80000000 | 0, 8),
    ...[9, 10, 11, 12, 13, 14].flatMap((index) => constWord(0, index)),
    ...constWord(768, 15),
    ...expand(),
    ...compress(op.i32Const(L.w)),
    ...returnFirstMatchingLane({ state: L.state, target: L.target, group, mask, lanesLog2: 2 }),
    ...op.localGet(group),
    ...op.i32Const(1),
    ...op.i32Add(),
    ...op.localSet(group),
    ...op.br(0),
    ...op.end(),
    ...op.end(),
    ...op.i32Const(-1),
  ];
  return { params: [I32, I32, I32], results: [I32], locals: [I32, I32, I32, I32], body, exportName: 'batch' };
}

/** The module's bytes (about 20 KB; generating them takes tens of milliseconds, once per worker). */
export function buildHmacSha256SimdModule(): Uint8Array {
  return encodeModule([expandFunction(), compressFunction(), batchFunction()], 2);
}
