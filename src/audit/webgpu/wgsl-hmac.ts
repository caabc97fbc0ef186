// The whole compute shader for one audit: bindings, the candidate for a thread (generated from the batch's
// first digits for brute force, read from the uploaded key blocks for word lists), the HMAC, and the hit:
// `atomicMin` keeps the lowest matching thread, so a batch reports its first match in candidate order.
import type { HmacAlgorithm } from '../sha2-cores';
import { CONSTANTS_LAYOUT } from './gpu-layout';
import { wgslHmacSha256 } from './wgsl-sha256';
import { wgslHmacSha512 } from './wgsl-sha512';

/** Threads per workgroup. */
export const WORKGROUP_SIZE = 64;

/** Where a batch's candidates come from. */
export type CandidateMode = 'brute' | 'list';

const BRUTE_KEY = `
fn load_key(index: u32) -> array<u32, BLOCK_WORDS> {
  var key: array<u32, BLOCK_WORDS>;
  var carry = index;
  let base = params.base;
  for (var i = i32(params.length) - 1; i >= 0; i--) {
    let p = u32(i);
    let sum = params.digits[p >> 2u][p & 3u] + carry % base;
    carry = carry / base + sum / base;
    key[p >> 2u] |= consts[ALPHABET_AT + sum % base] << (24u - 8u * (p & 3u));
  }
  return key;
}
`;

const LIST_KEY = `
@group(0) @binding(2) var<storage, read> keys: array<u32>;

fn load_key(index: u32) -> array<u32, BLOCK_WORDS> {
  var key: array<u32, BLOCK_WORDS>;
  let at = index * BLOCK_WORDS;
  for (var i = 0u; i < BLOCK_WORDS; i++) { key[i] = keys[at + i]; }
  return key;
}
`;

/** The WGSL source of the audit shader for `alg` and `mode` (entry point `main`). */
export function buildHmacShader(alg: HmacAlgorithm, mode: CandidateMode): string {
  return `
struct Params {
  count: u32,
  length: u32,
  base: u32,
  blocks: u32,
  digits: array<vec4<u32>, 4>,
}

@group(0) @binding(0) var<uniform> params: Params;
@group(0) @binding(1) var<storage, read> consts: array<u32>;
@group(0) @binding(3) var<storage, read_write> result: atomic<u32>;

const TARGET_AT = ${CONSTANTS_LAYOUT.targetAt}u;
const ALPHABET_AT = ${CONSTANTS_LAYOUT.alphabetAt}u;
const SCHEDULES_AT = ${CONSTANTS_LAYOUT.schedulesAt}u;
${alg === 'HS256' ? wgslHmacSha256() : wgslHmacSha512(alg)}
${mode === 'brute' ? BRUTE_KEY : LIST_KEY}
@compute @workgroup_size(${WORKGROUP_SIZE})
fn main(@builtin(global_invocation_id) id: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
  // Rows of groups.x workgroups: a batch can exceed one dimension's limit (65,535 workgroups).
  let index = id.x + id.y * groups.x * ${WORKGROUP_SIZE}u;
  if (index >= params.count) { return; }
  var key = load_key(index);
  if (hmac_matches(&key)) { atomicMin(&result, index); }
}
`;
}
