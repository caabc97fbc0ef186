// WGSL has no 64-bit integers, so SHA-384/512 on the GPU keeps each word as a vec2<u32> (x = high half,
// y = low half). The same formulas exist twice: as JavaScript over [hi, lo] pairs, which the unit tests
// check against BigInt, and as the WGSL text the shader is built from (generated from one table of
// shift amounts, so the two cannot drift apart).

/** A 64-bit word as unsigned 32-bit halves. */
export type U64Pair = readonly [hi: number, lo: number];

/** (a + b) mod 2^64, carrying from the low half into the high half. */
export function add64([ah, al]: U64Pair, [bh, bl]: U64Pair): U64Pair {
  const lo = (al + bl) >>> 0;
  const carry = lo < al ? 1 : 0;
  return [(ah + bh + carry) >>> 0, lo];
}

/** Rotates right by `n` bits, 0 < n < 64, n ≠ 32 (SHA-512 never rotates by 32). */
export function rotr64([hi, lo]: U64Pair, n: number): U64Pair {
  if (n < 32) return [((hi >>> n) | (lo << (32 - n))) >>> 0, ((lo >>> n) | (hi << (32 - n))) >>> 0];
  const m = n - 32;
  return [((lo >>> m) | (hi << (32 - m))) >>> 0, ((hi >>> m) | (lo << (32 - m))) >>> 0];
}

/** Shifts right by `n` bits, 0 < n < 32. */
export function shr64([hi, lo]: U64Pair, n: number): U64Pair {
  return [hi >>> n, ((lo >>> n) | (hi << (32 - n))) >>> 0];
}

/** The WGSL of rotr64(x, n) for a constant n, as an expression over the vec2<u32> `x`. */
export function wgslRotr64(x: string, n: number): string {
  if (n < 32)
    return `vec2<u32>((${x}.x >> ${n}u) | (${x}.y << ${32 - n}u), (${x}.y >> ${n}u) | (${x}.x << ${32 - n}u))`;
  const m = n - 32;
  return `vec2<u32>((${x}.y >> ${m}u) | (${x}.x << ${32 - m}u), (${x}.x >> ${m}u) | (${x}.y << ${32 - m}u))`;
}

/** The WGSL of shr64(x, n) for a constant n < 32. */
export function wgslShr64(x: string, n: number): string {
  return `vec2<u32>(${x}.x >> ${n}u, (${x}.y >> ${n}u) | (${x}.x << ${32 - n}u))`;
}

/** SHA-512's Σ0, Σ1, σ0 and σ1 (FIPS 180-4 §4.1.3): rotations, then a shift for the small sigmas. */
export const SHA512_SIGMAS = {
  bigSigma0: { rotr: [28, 34, 39], shr: null },
  bigSigma1: { rotr: [14, 18, 41], shr: null },
  smallSigma0: { rotr: [1, 8], shr: 7 },
  smallSigma1: { rotr: [19, 61], shr: 6 },
} as const;

/** One of SHA512_SIGMAS in JavaScript (the mirror of the WGSL function of the same name). */
export function sigma64(name: keyof typeof SHA512_SIGMAS, x: U64Pair): U64Pair {
  const { rotr, shr } = SHA512_SIGMAS[name];
  const parts: U64Pair[] = rotr.map((n) => rotr64(x, n));
  if (shr !== null) parts.push(shr64(x, shr));
  return parts.reduce(([h, l], [ph, pl]) => [(h ^ ph) >>> 0, (l ^ pl) >>> 0]);
}

/** The WGSL helpers: add64 and the four sigmas, generated from the same shift table. */
export function wgslU64Helpers(): string {
  const sigmas = Object.entries(SHA512_SIGMAS).map(([name, { rotr, shr }]) => {
    const terms = rotr.map((n) => wgslRotr64('x', n));
    if (shr !== null) terms.push(wgslShr64('x', shr));
    return `fn ${name}(x: vec2<u32>) -> vec2<u32> { return ${terms.join(' ^ ')}; }`;
  });
  return [
    'fn add64(a: vec2<u32>, b: vec2<u32>) -> vec2<u32> {',
    '  let lo = a.y + b.y;',
    '  return vec2<u32>(a.x + b.x + select(0u, 1u, lo < a.y), lo);',
    '}',
    ...sigmas,
  ].join('\n');
}
