// SHA-512's two halves (FIPS 180-4 §6.4.2) as WebAssembly SIMD functions over i64x2 lanes: every v128
// holds one 64-bit word for two candidates. Fully unrolled, like the SHA-256 kernel beside it.
import { K512 } from '../sha512-core';
import { roundLocals } from './simd-kernel-parts';
import { I32, op, V128, type WasmFunction } from './wasm-encoder';

/** Bytes per schedule word slot (one v128) and words per expanded schedule. */
export const WORD_BYTES = 16;
export const SCHEDULE_WORDS = 80;

const rotr = (local: number, n: number) =>
  n === 8
    ? // A rotation by whole bytes is one shuffle: little-endian lane byte i takes byte i + 1.
      [
        ...op.localGet(local),
        ...op.localGet(local),
        ...op.i8x16Shuffle([1, 2, 3, 4, 5, 6, 7, 0, 9, 10, 11, 12, 13, 14, 15, 8]),
      ]
    : [
        ...op.localGet(local),
        ...op.i32Const(n),
        ...op.i64x2ShrU(),
        ...op.localGet(local),
        ...op.i32Const(64 - n),
        ...op.i64x2Shl(),
        ...op.v128Or(),
      ];
const shr = (local: number, n: number) => [...op.localGet(local), ...op.i32Const(n), ...op.i64x2ShrU()];
/** rotr(x, a) ^ rotr(x, b) ^ third, where `third` is the last term's bytes. */
const sigma = (x: number, a: number, b: number, third: number[]) => [
  ...rotr(x, a),
  ...rotr(x, b),
  ...op.v128Xor(),
  ...third,
  ...op.v128Xor(),
];

/** expand(w): W[16..79] from W[0..15] at address param 0. Local 1 is scratch. */
export function expand512Function(): WasmFunction {
  const body: number[] = [];
  const x = 1;
  const at = (t: number) => t * WORD_BYTES;
  for (let t = 16; t < SCHEDULE_WORDS; t++) {
    body.push(...op.localGet(0));
    body.push(...op.localGet(0), ...op.v128Load(at(t - 2)), ...op.localSet(x));
    body.push(...sigma(x, 19, 61, shr(x, 6)));
    body.push(...op.localGet(0), ...op.v128Load(at(t - 7)), ...op.i64x2Add());
    body.push(...op.localGet(0), ...op.v128Load(at(t - 15)), ...op.localSet(x));
    body.push(...sigma(x, 1, 8, shr(x, 7)), ...op.i64x2Add());
    body.push(...op.localGet(0), ...op.v128Load(at(t - 16)), ...op.i64x2Add(), ...op.v128Store(at(t)));
  }
  return { params: [I32], results: [], locals: [V128], body };
}

/**
 * compress(state, w): 80 rounds over the schedule at param 1, state (param 0) += result. The eight
 * working variables live in locals 2..9, renamed round by round so each round writes only `a` and `e`.
 * With `withK` round t adds the constant K[t]; without it the schedule already holds W[t] + K[t] (the
 * token's message blocks, summed once per token).
 */
export function compress512Function(withK: boolean): WasmFunction {
  const body: number[] = [];
  const t1 = 10;
  for (let i = 0; i < 8; i++) {
    body.push(...op.localGet(0), ...op.v128Load(i * WORD_BYTES), ...op.localSet(2 + i));
  }
  for (let t = 0; t < SCHEDULE_WORDS; t++) {
    const [a, b, c, d, e, f, g, h] = roundLocals(t);
    body.push(...op.localGet(h), ...sigma(e, 14, 18, rotr(e, 41)), ...op.i64x2Add());
    // Ch(e, f, g): f where e is set, else g.
    body.push(...op.localGet(f), ...op.localGet(g), ...op.localGet(e), ...op.v128Bitselect());
    body.push(...op.i64x2Add());
    if (withK) body.push(...op.v128Const64(K512[2 * t] ?? 0, K512[2 * t + 1] ?? 0), ...op.i64x2Add());
    body.push(...op.localGet(1), ...op.v128Load(t * WORD_BYTES), ...op.i64x2Add(), ...op.localSet(t1));
    body.push(...op.localGet(d), ...op.localGet(t1), ...op.i64x2Add(), ...op.localSet(d));
    body.push(...op.localGet(t1), ...sigma(a, 28, 34, rotr(a, 39)), ...op.i64x2Add());
    // Maj(a, b, c): where a and b agree it is a, elsewhere c.
    body.push(...op.localGet(c), ...op.localGet(a), ...op.localGet(a), ...op.localGet(b), ...op.v128Xor());
    body.push(...op.v128Bitselect(), ...op.i64x2Add(), ...op.localSet(h));
  }
  for (let i = 0; i < 8; i++) {
    body.push(...op.localGet(0), ...op.localGet(0), ...op.v128Load(i * WORD_BYTES), ...op.localGet(2 + i));
    body.push(...op.i64x2Add(), ...op.v128Store(i * WORD_BYTES));
  }
  return {
    params: [I32, I32],
    results: [],
    locals: [V128, V128, V128, V128, V128, V128, V128, V128, V128],
    body,
  };
}
