import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add64,
  rotr64,
  SHA512_SIGMAS,
  shr64,
  sigma64,
  wgslRotr64,
  wgslU64Helpers,
  type U64Pair,
} from './u64-pairs';

const MASK = (1n << 64n) - 1n;
const big = ([hi, lo]: U64Pair): bigint => (BigInt(hi) << 32n) | BigInt(lo);
const pair = (value: bigint): U64Pair => [Number((value >> 32n) & 0xffffffffn), Number(value & 0xffffffffn)];
const word = fc.tuple(fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff })) as fc.Arbitrary<U64Pair>;
const rotrBig = (x: bigint, n: number) => ((x >> BigInt(n)) | (x << BigInt(64 - n))) & MASK;
const EDGES: U64Pair[] = [
  [0, 0],
  [0xffffffff, 0xffffffff],
  [0, 0xffffffff],
  [0x80000000, 1],
  [0x12345678, 0x9abcdef0],
];

describe('add64', () => {
  it.each(EDGES.flatMap((a) => EDGES.map((b) => [a, b] as const)))('adds %j and %j mod 2^64', (a, b) => {
    expect(add64(a, b)).toEqual(pair((big(a) + big(b)) & MASK));
  });
  it('matches BigInt on random words', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(add64(a, b)).toEqual(pair((big(a) + big(b)) & MASK));
      }),
    );
  });
});

describe('rotr64 and shr64', () => {
  const amounts = [1, 6, 7, 8, 14, 18, 19, 28, 31, 33, 34, 39, 41, 61, 63];
  it.each(amounts)('rotr by %i matches BigInt', (n) => {
    fc.assert(
      fc.property(word, (x) => {
        expect(rotr64(x, n)).toEqual(pair(rotrBig(big(x), n)));
      }),
    );
  });
  it.each([1, 6, 7, 31])('shr by %i matches BigInt', (n) => {
    fc.assert(
      fc.property(word, (x) => {
        expect(shr64(x, n)).toEqual(pair(big(x) >> BigInt(n)));
      }),
    );
  });
});

describe('sigma64', () => {
  it.each(Object.keys(SHA512_SIGMAS) as (keyof typeof SHA512_SIGMAS)[])(
    '%s matches FIPS 180-4 §4.1.3',
    (name) => {
      const { rotr, shr } = SHA512_SIGMAS[name];
      fc.assert(
        fc.property(word, (x) => {
          let expected = rotr.reduce((acc, n) => acc ^ rotrBig(big(x), n), 0n);
          if (shr !== null) expected ^= big(x) >> BigInt(shr);
          expect(sigma64(name, x)).toEqual(pair(expected));
        }),
      );
    },
  );
});

describe('the WGSL twins', () => {
  it.each([
    [1, 'vec2<u32>((x.x >> 1u) | (x.y << 31u), (x.y >> 1u) | (x.x << 31u))'],
    [41, 'vec2<u32>((x.y >> 9u) | (x.x << 23u), (x.x >> 9u) | (x.y << 23u))'],
  ])('rotr by %i uses the same shifts as the JavaScript', (n, wgsl) => {
    expect(wgslRotr64('x', n)).toBe(wgsl);
  });
  it('declares add64 and the four sigmas, with no shift of 32 or more', () => {
    const helpers = wgslU64Helpers();
    for (const name of ['add64', ...Object.keys(SHA512_SIGMAS)]) expect(helpers).toContain(`fn ${name}(`);
    const shifts = [...helpers.matchAll(/(?:<<|>>) (\d+)u/g)].map((match) => Number(match[1]));
    expect(shifts.length).toBeGreaterThan(0);
    expect(Math.max(...shifts)).toBeLessThan(32);
    expect(Math.min(...shifts)).toBeGreaterThan(0);
  });
});
