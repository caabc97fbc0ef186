// Word candidates travel to workers as one UTF-8 byte array plus offsets (transferable, no per-word
// objects), and the hot loop copies each slice straight into the kernel's key buffer.

/** Candidates packed back to back: candidate i is bytes[offsets[i]] up to bytes[offsets[i + 1]]. */
export interface PackedCandidates {
  readonly bytes: Uint8Array;
  readonly offsets: Uint32Array;
}

/** Packs candidate texts as UTF-8, in order. */
export function packCandidates(candidates: readonly string[]): PackedCandidates {
  const encoder = new TextEncoder();
  const encoded = candidates.map((candidate) => encoder.encode(candidate));
  const offsets = new Uint32Array(encoded.length + 1);
  encoded.forEach((word, i) => (offsets[i + 1] = (offsets[i] ?? 0) + word.length));
  const bytes = new Uint8Array(offsets[encoded.length] ?? 0);
  encoded.forEach((word, i) => bytes.set(word, offsets[i]));
  return { bytes, offsets };
}

/** Copies candidates [start, end) into a packed list of their own (a worker's shard). */
export function slicePacked(packed: PackedCandidates, start: number, end: number): PackedCandidates {
  const from = packed.offsets[start] ?? 0;
  const offsets = packed.offsets.slice(start, end + 1).map((offset) => offset - from);
  return { bytes: packed.bytes.slice(from, packed.offsets[end]), offsets };
}

/** Number of candidates in a packed list. */
export function countPacked(packed: PackedCandidates): number {
  return packed.offsets.length - 1;
}
