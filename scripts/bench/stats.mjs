// Small numeric helpers shared by the bench steps.

/** Median of a list of numbers (NaN for an empty list). */
export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Rounds to `digits` decimals (keeps the JSON readable). */
export function round(value, digits = 2) {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Bytes to kilobytes (1 KB = 1024 bytes, as bundlers report). */
export function toKb(bytes) {
  return round(bytes / 1024, 2);
}
