/**
 * Pieces of WebAssembly shared by the SHA-256 and SHA-512 SIMD kernels: which local holds each working
 * variable in round t, and the end of a candidate group (compare the first digest word of every lane
 * with the target's, return the first lane that matches).
 */
import { op } from './wasm-encoder';

/** Locals 2..9 hold a..h; each round shifts their roles by one instead of moving eight values. */
export function roundLocals(t: number): [number, number, number, number, number, number, number, number] {
  const slot = (role: number) => 2 + ((((role - t) % 8) + 8) % 8);
  return [slot(0), slot(1), slot(2), slot(3), slot(4), slot(5), slot(6), slot(7)];
}

interface LaneMatch {
  readonly state: number;
  readonly target: number;
  readonly group: number;
  readonly mask: number;
  /** log2 of the lanes per v128: 2 for i32x4 (SHA-256), 1 for i64x2 (SHA-512). */
  readonly lanesLog2: 1 | 2;
}

/** Returns `group * lanes + lane` of the first lane whose first digest word equals the target's. */
export function returnFirstMatchingLane({ state, target, group, mask, lanesLog2 }: LaneMatch): number[] {
  const [eq, bitmask] = lanesLog2 === 2 ? [op.i32x4Eq, op.i32x4Bitmask] : [op.i64x2Eq, op.i64x2Bitmask];
  return [
    ...op.i32Const(0),
    ...op.v128Load(state),
    ...op.i32Const(0),
    ...op.v128Load(target),
    ...eq(),
    ...bitmask(),
    ...op.localTee(mask),
    ...op.if(),
    ...op.localGet(group),
    ...op.i32Const(lanesLog2),
    ...op.i32Shl(),
    ...op.localGet(mask),
    ...op.i32Ctz(),
    ...op.i32Add(),
    ...op.return(),
    ...op.end(),
  ];
}
