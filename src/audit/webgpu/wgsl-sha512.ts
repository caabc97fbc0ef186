// HMAC-SHA-384/512 for one candidate key block, in WGSL, with each 64-bit word a vec2<u32> (high, low):
// the helpers come from u64-pairs.ts, whose JavaScript twins are unit-tested against BigInt. As for
// SHA-256, the message blocks arrive already expanded. The rounds stay a loop: unrolled, the emulated
// 64-bit arithmetic makes a shader so large that SwiftShader's GPU process dies compiling it.
import type { HmacAlgorithm } from '../sha2-cores';
import { IV384, IV512, K512 } from '../sha512-core';
import { wgslU64Helpers } from './u64-pairs';
import { wgslU64Array } from './wgsl-words';

/** The SHA-384/512 half of the shader: constants, rounds, expansion and `hmac_matches(key)`. */
export function wgslHmacSha512(alg: Exclude<HmacAlgorithm, 'HS256'>): string {
  const digestPairs = alg === 'HS384' ? 6 : 8;
  // The outer hash's second block holds the inner digest after one 128-byte key block.
  const lengthBits = (128 + digestPairs * 8) * 8;
  return `
const BLOCK_WORDS = 32u;
const DIGEST_PAIRS = ${digestPairs}u;
${wgslU64Array('K', K512)}
${wgslU64Array('IV', alg === 'HS384' ? IV384 : IV512)}
${wgslU64Helpers()}

fn rounds(s: ptr<function, array<vec2<u32>, 8>>, w: ptr<function, array<vec2<u32>, 80>>) {
  var a = (*s)[0]; var b = (*s)[1]; var c = (*s)[2]; var d = (*s)[3];
  var e = (*s)[4]; var f = (*s)[5]; var g = (*s)[6]; var h = (*s)[7];
  for (var t = 0u; t < 80u; t++) {
    let t1 = add64(add64(add64(h, bigSigma1(e)), add64((e & f) ^ (~e & g), K[t])), (*w)[t]);
    let t2 = add64(bigSigma0(a), (a & b) ^ (a & c) ^ (b & c));
    h = g; g = f; f = e; e = add64(d, t1); d = c; c = b; b = a; a = add64(t1, t2);
  }
  (*s)[0] = add64((*s)[0], a); (*s)[1] = add64((*s)[1], b);
  (*s)[2] = add64((*s)[2], c); (*s)[3] = add64((*s)[3], d);
  (*s)[4] = add64((*s)[4], e); (*s)[5] = add64((*s)[5], f);
  (*s)[6] = add64((*s)[6], g); (*s)[7] = add64((*s)[7], h);
}

fn expand(w: ptr<function, array<vec2<u32>, 80>>) {
  for (var t = 16u; t < 80u; t++) {
    (*w)[t] = add64(add64((*w)[t - 16u], smallSigma0((*w)[t - 15u])), add64((*w)[t - 7u], smallSigma1((*w)[t - 2u])));
  }
}

fn key_block(w: ptr<function, array<vec2<u32>, 80>>, key: ptr<function, array<u32, BLOCK_WORDS>>, pad: u32) {
  for (var i = 0u; i < 16u; i++) { (*w)[i] = vec2<u32>((*key)[2u * i] ^ pad, (*key)[2u * i + 1u] ^ pad); }
  expand(w);
}

fn hmac_matches(key: ptr<function, array<u32, BLOCK_WORDS>>) -> bool {
  var w: array<vec2<u32>, 80>;
  var inner = IV;
  key_block(&w, key, 0x36363636u);
  rounds(&inner, &w);
  for (var block = 0u; block < params.blocks; block++) {
    let at = SCHEDULES_AT + block * 160u;
    for (var i = 0u; i < 80u; i++) { w[i] = vec2<u32>(consts[at + 2u * i], consts[at + 2u * i + 1u]); }
    rounds(&inner, &w);
  }
  var outer = IV;
  key_block(&w, key, 0x5c5c5c5cu);
  rounds(&outer, &w);
  for (var i = 0u; i < DIGEST_PAIRS; i++) { w[i] = inner[i]; }
  w[DIGEST_PAIRS] = vec2<u32>(0x80000000u, 0u);
  for (var i = DIGEST_PAIRS + 1u; i < 15u; i++) { w[i] = vec2<u32>(0u, 0u); }
  w[15] = vec2<u32>(0u, ${lengthBits}u);
  expand(&w);
  rounds(&outer, &w);
  for (var i = 0u; i < DIGEST_PAIRS; i++) {
    if (outer[i].x != consts[TARGET_AT + 2u * i] || outer[i].y != consts[TARGET_AT + 2u * i + 1u]) {
      return false;
    }
  }
  return true;
}
`;
}
