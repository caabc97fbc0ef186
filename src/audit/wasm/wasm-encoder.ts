// A minimal WebAssembly binary encoder (core spec §5 plus the SIMD128 opcodes the HMAC kernel uses), so
// the kernel's module is generated at run time from TypeScript: no wabt or emscripten in the toolchain,
// no binary blob in the repository, and the generator itself is unit-tested.

/** Value types (spec §5.3.1). */
export const I32 = 0x7f;
export const V128 = 0x7b;

/** Unsigned LEB128. */
export function uleb(value: number): number[] {
  const out: number[] = [];
  let rest = value >>> 0;
  do {
    const byte = rest & 0x7f;
    rest >>>= 7;
    out.push(rest === 0 ? byte : byte | 0x80);
  } while (rest !== 0);
  return out;
}

/** Signed LEB128 of a 32-bit integer. */
export function sleb(value: number): number[] {
  const out: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (text: string): number[] => vec([...new TextEncoder().encode(text)].map((byte) => [byte]));

/** One function: its signature, extra locals (type per local) and body (without the final `end`). */
export interface WasmFunction {
  readonly params: readonly number[];
  readonly results: readonly number[];
  readonly locals: readonly number[];
  readonly body: readonly number[];
  readonly exportName?: string;
}

/** Encodes a module of functions (each with its own type) and one exported memory of `pages` pages. */
export function encodeModule(functions: readonly WasmFunction[], pages: number): Uint8Array {
  const types = functions.map((fn) => [
    0x60,
    ...vec(fn.params.map((t) => [t])),
    ...vec(fn.results.map((t) => [t])),
  ]);
  const exports = [[...name('memory'), 0x02, 0x00]];
  functions.forEach((fn, index) => {
    if (fn.exportName) exports.push([...name(fn.exportName), 0x00, ...uleb(index)]);
  });
  const bodies = functions.map((fn) => {
    const locals = vec(fn.locals.map((type) => [1, type]));
    const body = [...locals, ...fn.body, 0x0b];
    return [...uleb(body.length), ...body];
  });
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec(types)),
    ...section(3, vec(functions.map((_, index) => uleb(index)))),
    ...section(5, vec([[0x00, ...uleb(pages)]])),
    ...section(7, vec(exports)),
    ...section(10, vec(bodies)),
  ]);
}

/** Instruction helpers: each returns the bytes of one instruction. */
export const op = {
  localGet: (index: number) => [0x20, ...uleb(index)],
  localSet: (index: number) => [0x21, ...uleb(index)],
  localTee: (index: number) => [0x22, ...uleb(index)],
  call: (index: number) => [0x10, ...uleb(index)],
  i32Const: (value: number) => [0x41, ...sleb(value)],
  i32Add: () => [0x6a],
  i32Mul: () => [0x6c],
  i32Shl: () => [0x74],
  i32Ctz: () => [0x68],
  i32LtU: () => [0x49],
  i32Eqz: () => [0x45],
  block: () => [0x02, 0x40],
  loop: () => [0x03, 0x40],
  if: () => [0x04, 0x40],
  end: () => [0x0b],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  return: () => [0x0f],
  // SIMD128 (prefix 0xfd); memarg alignment 2^4 = 16 bytes.
  v128Load: (offset: number) => [0xfd, ...uleb(0x00), 4, ...uleb(offset)],
  v128Store: (offset: number) => [0xfd, ...uleb(0x0b), 4, ...uleb(offset)],
  i32x4Splat: () => [0xfd, ...uleb(0x11)],
  i32x4Eq: () => [0xfd, ...uleb(0x37)],
  v128Xor: () => [0xfd, ...uleb(0x51)],
  v128Or: () => [0xfd, ...uleb(0x50)],
  v128Bitselect: () => [0xfd, ...uleb(0x52)],
  i32x4Bitmask: () => [0xfd, ...uleb(0xa4)],
  i32x4Shl: () => [0xfd, ...uleb(0xab)],
  i32x4ShrU: () => [0xfd, ...uleb(0xad)],
  i32x4Add: () => [0xfd, ...uleb(0xae)],
  i64x2Eq: () => [0xfd, ...uleb(0xd6)],
  i64x2Bitmask: () => [0xfd, ...uleb(0xc4)],
  i64x2Shl: () => [0xfd, ...uleb(0xcb)],
  i64x2ShrU: () => [0xfd, ...uleb(0xcd)],
  i64x2Add: () => [0xfd, ...uleb(0xce)],
  /** i8x16.shuffle of the two v128 operands by 16 lane indices (0–15 first operand, 16–31 second). */
  i8x16Shuffle: (lanes: readonly number[]) => [0xfd, ...uleb(0x0d), ...lanes],
  /** v128.const of a 64-bit value given as its high and low 32-bit halves, in both i64x2 lanes. */
  v128Const64: (hi: number, lo: number) => {
    const bytes = new Uint8Array(16);
    const view = new DataView(bytes.buffer);
    view.setInt32(0, lo, true);
    view.setInt32(4, hi, true);
    bytes.copyWithin(8, 0, 8);
    return [0xfd, ...uleb(0x0c), ...bytes];
  },
  v128Const32: (value: number) => {
    const bytes = new Uint8Array(16);
    new DataView(bytes.buffer).setInt32(0, value, true);
    bytes.copyWithin(4, 0, 4).copyWithin(8, 0, 8);
    return [0xfd, ...uleb(0x0c), ...bytes];
  },
} as const;
