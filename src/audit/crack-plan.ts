/** A half-open range [start, end) of candidate indices that one worker tries. */
export interface ShardRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Splits `total` candidates into at most `workers` contiguous ranges whose sizes differ by at most one,
 * covering [0, total) with no gap and no overlap; empty ranges are left out.
 */
export function planShards(total: number, workers: number): ShardRange[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`bad candidate count ${total}`);
  const count = Math.max(1, Math.min(Math.floor(workers), total));
  const base = Math.floor(total / count);
  const extra = total - base * count;
  const shards: ShardRange[] = [];
  let start = 0;
  for (let i = 0; i < count && start < total; i++) {
    const end = start + base + (i < extra ? 1 : 0);
    shards.push({ start, end });
    start = end;
  }
  return shards;
}
