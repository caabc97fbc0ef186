// Generates a WebAssembly SIMD128 module that computes HMAC-SHA-512 or HMAC-SHA-384 for two candidate keys
// at once (one per i64x2 lane). Memory layout (byte offsets; every v128 slot holds one 64-bit word for both
// lanes, each lane a little-endian i64):
//   IV, STATE, INNER, TARGET  — splatted constants and scratch state
//   W                         — the 80-word schedule being built
//   KEYS                      — key words: group g, word i, lane l at KEYS + g*256 + i*16 + l*8
//   MSG                       — the token's message blocks, schedules pre-expanded with K added (1280 bytes each)
// Export `batch(from, to, blocks)` runs groups [from, to) and returns 2*group+lane of the first lane whose
// first 64-bit digest word equals TARGET's, or -1. The caller confirms candidates in full.
import { compress512Function, expand512Function, SCHEDULE_WORDS, WORD_BYTES } from './sha512-simd-rounds';
import { returnFirstMatchingLane } from './simd-kernel-parts';
import { encodeModule, I32, op, type WasmFunction } from './wasm-encoder';

export const SIMD512_LAYOUT = {
  iv: 0,
  state: 128,
  inner: 256,
  target: 384,
  w: 512,
  keys: 2048,
  groupBytes: 256,
  maxGroups: 512,
  msg: 2048 + 256 * 512,
  msgBlockBytes: SCHEDULE_WORDS * WORD_BYTES,
} as const;

const L = SIMD512_LAYOUT;
const FN_EXPAND = 0;
const FN_COMPRESS = 1;
const FN_COMPRESS_KW = 2;
const PAGES = Math.ceil((L.msg + 4 * L.msgBlockBytes) / 65536);

const slot = (base: number, word: number) => base + word * WORD_BYTES;
const copy = (from: number, to: number) => [
  ...op.i32Const(0),
  ...op.i32Const(0),
  ...op.v128Load(from),
  ...op.v128Store(to),
];
const store64 = (hi: number, lo: number, to: number) => [
  ...op.i32Const(0),
  ...op.v128Const64(hi, lo),
  ...op.v128Store(to),
];
/** W[0..15] = key words of the group at address local 4, XOR the pad byte in every position. */
const keyBlock = (pad: number) =>
  Array.from({ length: 16 }, (_, i) => [
    ...op.i32Const(0),
    ...op.localGet(4),
    ...op.v128Load(slot(0, i)),
    ...op.v128Const64(pad, pad),
    ...op.v128Xor(),
    ...op.v128Store(slot(L.w, i)),
  ]).flat();
const startHash = () => Array.from({ length: 8 }, (_, i) => copy(slot(L.iv, i), slot(L.state, i))).flat();
const compress = (schedule: number[], fn = FN_COMPRESS) => [
  ...op.i32Const(L.state),
  ...schedule,
  ...op.call(fn),
];
const expand = () => [...op.i32Const(L.w), ...op.call(FN_EXPAND)];
/** `for (local = start; local < end; local++) body` with i32 locals. */
const forLoop = (local: number, start: number[], end: number[], body: number[]) => [
  ...start,
  ...op.localSet(local),
  ...op.block(),
  ...op.loop(),
  ...op.localGet(local),
  ...end,
  ...op.i32LtU(),
  ...op.i32Eqz(),
  ...op.brIf(1),
  ...body,
  ...op.localGet(local),
  ...op.i32Const(1),
  ...op.i32Add(),
  ...op.localSet(local),
  ...op.br(0),
  ...op.end(),
  ...op.end(),
];

/** batch(from, to, blocks) -> i32 (params 0..2; locals 3 group, 4 key address, 5 block, 6 lane mask). */
function batchFunction(digestWords: 6 | 8): WasmFunction {
  const [from, to, blocks, group, keyAt, block, mask] = [0, 1, 2, 3, 4, 5, 6];
  const innerBlocks = forLoop(
    block,
    op.i32Const(0),
    op.localGet(blocks),
    compress(
      [
        ...op.localGet(block),
        ...op.i32Const(L.msgBlockBytes),
        ...op.i32Mul(),
        ...op.i32Const(L.msg),
        ...op.i32Add(),
      ],
      FN_COMPRESS_KW,
    ),
  );
  const perGroup = [
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
    ...innerBlocks,
    ...Array.from({ length: digestWords }, (_, i) => copy(slot(L.state, i), slot(L.inner, i))).flat(),
    // Outer hash: key ^ opad, then the inner digest padded to one block (length 128 + digest bytes).
    ...keyBlock(0x5c5c5c5c),
    ...expand(),
    ...startHash(),
    ...compress(op.i32Const(L.w)),
    ...Array.from({ length: digestWords }, (_, i) => copy(slot(L.inner, i), slot(L.w, i))).flat(),
    ...store64(0x80000000 | 0, 0, slot(L.w, digestWords)),
    ...Array.from({ length: 15 - digestWords - 1 }, (_, i) =>
      store64(0, 0, slot(L.w, digestWords + 1 + i)),
    ).flat(),
    ...store64(0, (128 + digestWords * 8) * 8, slot(L.w, 15)),
    ...expand(),
    ...compress(op.i32Const(L.w)),
    ...returnFirstMatchingLane({ state: L.state, target: L.target, group, mask, lanesLog2: 1 }),
  ];
  const body = [...forLoop(group, op.localGet(from), op.localGet(to), perGroup), ...op.i32Const(-1)];
  return { params: [I32, I32, I32], results: [I32], locals: [I32, I32, I32, I32], body, exportName: 'batch' };
}

/** The module's bytes for HMAC-SHA-384 (6 digest words) or HMAC-SHA-512 (8), generated once per worker. */
export function buildHmacSha512SimdModule(digestWords: 6 | 8): Uint8Array {
  return encodeModule(
    [expand512Function(), compress512Function(true), compress512Function(false), batchFunction(digestWords)],
    PAGES,
  );
}
