// HMAC-SHA-256 for one candidate key block, in WGSL. The token's message blocks arrive already expanded
// (their schedules never depend on the key), so per candidate only the two key blocks and the final
// outer block are expanded: 4 schedule expansions and 3 + message-block compressions.
import { IV256, K256 } from '../sha256-core';
import { wgslU32Array } from './wgsl-words';

/** The SHA-256 half of the shader: constants, rounds, expansion and `hmac_matches(key)`. */
export function wgslHmacSha256(): string {
  return `
const BLOCK_WORDS = 16u;
const DIGEST_WORDS = 8u;
${wgslU32Array('K', K256)}
${wgslU32Array('IV', IV256)}

fn rotr(x: u32, n: u32) -> u32 { return (x >> n) | (x << (32u - n)); }

fn rounds(s: ptr<function, array<u32, 8>>, w: ptr<function, array<u32, 64>>) {
  var a = (*s)[0]; var b = (*s)[1]; var c = (*s)[2]; var d = (*s)[3];
  var e = (*s)[4]; var f = (*s)[5]; var g = (*s)[6]; var h = (*s)[7];
  for (var t = 0u; t < 64u; t++) {
    let t1 = h + (rotr(e, 6u) ^ rotr(e, 11u) ^ rotr(e, 25u)) + ((e & f) ^ (~e & g)) + K[t] + (*w)[t];
    let t2 = (rotr(a, 2u) ^ rotr(a, 13u) ^ rotr(a, 22u)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
  }
  (*s)[0] += a; (*s)[1] += b; (*s)[2] += c; (*s)[3] += d;
  (*s)[4] += e; (*s)[5] += f; (*s)[6] += g; (*s)[7] += h;
}

fn expand(w: ptr<function, array<u32, 64>>) {
  for (var t = 16u; t < 64u; t++) {
    let x = (*w)[t - 15u];
    let y = (*w)[t - 2u];
    (*w)[t] = (*w)[t - 16u] + (rotr(x, 7u) ^ rotr(x, 18u) ^ (x >> 3u)) + (*w)[t - 7u]
      + (rotr(y, 17u) ^ rotr(y, 19u) ^ (y >> 10u));
  }
}

fn key_block(w: ptr<function, array<u32, 64>>, key: ptr<function, array<u32, BLOCK_WORDS>>, pad: u32) {
  for (var i = 0u; i < 16u; i++) { (*w)[i] = (*key)[i] ^ pad; }
  expand(w);
}

fn hmac_matches(key: ptr<function, array<u32, BLOCK_WORDS>>) -> bool {
  var w: array<u32, 64>;
  var inner = IV;
  key_block(&w, key, 0x36363636u);
  rounds(&inner, &w);
  for (var block = 0u; block < params.blocks; block++) {
    let at = SCHEDULES_AT + block * 64u;
    for (var i = 0u; i < 64u; i++) { w[i] = consts[at + i]; }
    rounds(&inner, &w);
  }
  var outer = IV;
  key_block(&w, key, 0x5c5c5c5cu);
  rounds(&outer, &w);
  // The outer hash's second block: the inner digest, then padding for 64 + 32 bytes (768 bits).
  for (var i = 0u; i < 8u; i++) { w[i] = inner[i]; }
  w[8] = 0x80000000u;
  for (var i = 9u; i < 15u; i++) { w[i] = 0u; }
  w[15] = 768u;
  expand(&w);
  rounds(&outer, &w);
  for (var i = 0u; i < DIGEST_WORDS; i++) {
    if (outer[i] != consts[TARGET_AT + i]) { return false; }
  }
  return true;
}
`;
}
