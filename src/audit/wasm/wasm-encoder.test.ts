import { describe, expect, it } from 'vitest';
import { buildHmacSha256SimdModule } from './hmac-sha256-simd-module';
import { sleb, uleb } from './wasm-encoder';

describe('uleb', () => {
  it.each([
    [0, [0x00]],
    [127, [0x7f]],
    [128, [0x80, 0x01]],
    [624485, [0xe5, 0x8e, 0x26]],
  ])('encodes %i as %j', (value, bytes) => {
    expect(uleb(value)).toEqual(bytes);
  });
});

describe('sleb', () => {
  it.each([
    [0, [0x00]],
    [63, [0x3f]],
    [64, [0xc0, 0x00]],
    [-1, [0x7f]],
    [-64, [0x40]],
    [-65, [0xbf, 0x7f]],
    [-123456, [0xc0, 0xbb, 0x78]],
  ])('encodes %i as %j', (value, bytes) => {
    expect(sleb(value)).toEqual(bytes);
  });
});

describe('buildHmacSha256SimdModule', () => {
  it('produces a module WebAssembly accepts, exporting batch and memory', () => {
    const bytes = buildHmacSha256SimdModule();
    expect(WebAssembly.validate(bytes as BufferSource)).toBe(true);
    const names = WebAssembly.Module.exports(new WebAssembly.Module(bytes as BufferSource)).map(
      (entry) => entry.name,
    );
    expect(names.sort()).toEqual(['batch', 'memory']);
  });
});
