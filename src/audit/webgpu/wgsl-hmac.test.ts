import { describe, expect, it } from 'vitest';
import { K256 } from '../sha256-core';
import { K512 } from '../sha512-core';
import { CONSTANTS_LAYOUT } from './gpu-layout';
import { buildHmacShader } from './wgsl-hmac';
import { u32Literal } from './wgsl-words';

const CASES = (['HS256', 'HS384', 'HS512'] as const).flatMap((alg) =>
  (['brute', 'list'] as const).map((mode) => [alg, mode] as const),
);

describe('buildHmacShader', () => {
  it.each(CASES)(
    '%s %s: one entry point, the layout offsets, and a key binding only for lists',
    (alg, mode) => {
      const code = buildHmacShader(alg, mode);
      expect(code.match(/@compute/g)).toHaveLength(1);
      expect(code).toContain('fn main(');
      expect(code).toContain(`const SCHEDULES_AT = ${CONSTANTS_LAYOUT.schedulesAt}u;`);
      expect(code).toContain(`const ALPHABET_AT = ${CONSTANTS_LAYOUT.alphabetAt}u;`);
      expect(code.includes('@binding(2)')).toBe(mode === 'list');
      expect(code.match(/fn load_key\(/g)).toHaveLength(1);
      // Balanced braces and parentheses: a cheap guard against a broken template.
      for (const [open, close] of ['{}', '()']) {
        expect(code.split(open!).length).toBe(code.split(close!).length);
      }
    },
  );

  it.each([
    ['HS256', K256, 64, 'array<u32, 64>', '768u'],
    ['HS384', K512, 80, 'array<vec2<u32>, 80>', '1408u'],
    ['HS512', K512, 80, 'array<vec2<u32>, 80>', '1536u'],
  ] as const)(
    '%s uses the TypeScript kernel round constants and its outer length',
    (alg, k, rounds, type, bits) => {
      const code = buildHmacShader(alg, 'brute');
      expect(code).toContain(`const K = ${type}(`);
      expect(code).toContain(u32Literal(k[0]!));
      expect(code).toContain(u32Literal(k[k.length - 1]!));
      expect(code).toContain(`t < ${rounds}u`);
      expect(code).toContain(bits);
    },
  );
});
