// Turns the TypeScript kernels' constant tables into WGSL literals, so the GPU uses the very same numbers.

/** A 32-bit word as a WGSL u32 literal. */
export function u32Literal(word: number): string {
  return `0x${(word >>> 0).toString(16).padStart(8, '0')}u`;
}

/** `const NAME = array<u32, N>(…);` from 32-bit words. */
export function wgslU32Array(name: string, words: ArrayLike<number>): string {
  const items = Array.from(words, u32Literal);
  return `const ${name} = array<u32, ${items.length}>(${items.join(', ')});`;
}

/** `const NAME = array<vec2<u32>, N>(…);` from hi/lo pairs laid out back to back (as sha512-core keeps them). */
export function wgslU64Array(name: string, halves: ArrayLike<number>): string {
  const items: string[] = [];
  for (let i = 0; i + 1 < halves.length; i += 2) {
    items.push(`vec2<u32>(${u32Literal(halves[i] ?? 0)}, ${u32Literal(halves[i + 1] ?? 0)})`);
  }
  return `const ${name} = array<vec2<u32>, ${items.length}>(${items.join(', ')});`;
}
