/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loop over typed arrays whose bounds hold by
   construction; `?? 0` would add a branch per word read for nothing. */
// The cracking hot path. HMAC(K, M) = H((K ^ opad) || H((K ^ ipad) || M)) (RFC 2104): M (the token's
// signing input) is fixed, so its blocks are padded and their schedules expanded once; per candidate
// only the two key blocks and the final outer block are expanded. Nothing is allocated per candidate.
import { hashBytes, type Sha2Core } from './sha2-cores';
import { bytesToWords, padToWords, wordsToBytes } from './sha2-blocks';

/** A reusable HMAC computer for one message and one expected signature. */
export interface HmacKernel {
  readonly core: Sha2Core;
  /**
   * The candidate key buffer (one block long). Write a candidate into its first bytes and keep every
   * byte past it zero: HMAC pads short keys with zeros, so the key length itself never matters.
   */
  readonly key: Uint8Array;
  /** True when the HMAC under the key now in `key` equals the expected signature. */
  matches(): boolean;
  /** The HMAC under the key now in `key` (for tests and the one-shot helper). */
  digest(): Uint8Array;
}

const IPAD = 0x36363636;
const OPAD = 0x5c5c5c5c;

/** Prepares a kernel for `message`; `signature` must be one digest long (zeros when only digesting). */
export function createHmacKernel(core: Sha2Core, message: Uint8Array, signature: Uint8Array): HmacKernel {
  if (signature.length !== core.digestBytes) throw new Error('signature length does not fit the hash');
  const blockWords = core.blockBytes / 4;
  const digestWords = core.digestBytes / 4;
  const key = new Uint8Array(core.blockBytes);
  const w = new Int32Array(core.scheduleWords);
  const inner = new Int32Array(core.iv.length);
  const outer = new Int32Array(core.iv.length);
  const target = bytesToWords(signature, digestWords);
  const schedules = expandBlocks(core, padToWords(message, core.blockBytes, core.blockBytes));
  const finalBlock = padToWords(new Uint8Array(core.digestBytes), core.blockBytes, core.blockBytes);
  const { expand, rounds, iv } = core;

  const loadPad = (pad: number) => {
    for (let i = 0, j = 0; i < blockWords; i++, j += 4) {
      w[i] = ((key[j]! << 24) | (key[j + 1]! << 16) | (key[j + 2]! << 8) | key[j + 3]!) ^ pad;
    }
  };
  const run = () => {
    loadPad(IPAD);
    expand(w);
    inner.set(iv);
    rounds(inner, w);
    for (const schedule of schedules) rounds(inner, schedule);
    loadPad(OPAD);
    expand(w);
    outer.set(iv);
    rounds(outer, w);
    w.set(finalBlock);
    for (let i = 0; i < digestWords; i++) w[i] = inner[i]!;
    expand(w);
    rounds(outer, w);
  };
  return {
    core,
    key,
    matches() {
      run();
      // The first word rejects all but one candidate in 2^32; only then compare the rest.
      if (outer[0] !== target[0]) return false;
      for (let i = 1; i < digestWords; i++) if (outer[i] !== target[i]) return false;
      return true;
    },
    digest() {
      run();
      return wordsToBytes(outer, core.digestBytes);
    },
  };
}

/** Writes any candidate into the kernel's key buffer, hashing keys longer than a block (RFC 2104 §2). */
export function loadKey(kernel: HmacKernel, candidate: Uint8Array): void {
  const bytes = candidate.length > kernel.key.length ? hashBytes(kernel.core, candidate) : candidate;
  kernel.key.fill(0);
  kernel.key.set(bytes);
}

function expandBlocks(core: Sha2Core, words: Int32Array): Int32Array[] {
  const blockWords = core.blockBytes / 4;
  const schedules: Int32Array[] = [];
  for (let at = 0; at < words.length; at += blockWords) {
    const schedule = new Int32Array(core.scheduleWords);
    schedule.set(words.subarray(at, at + blockWords));
    core.expand(schedule);
    schedules.push(schedule);
  }
  return schedules;
}
