/** A half-open range `[start, end)` of characters in the edited signing input. */
export interface ChangedRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The character ranges of `edited` that differ from `original`. Common prefix and suffix are
 * unchanged; between them, equal lengths are compared position by position (so two separate
 * same-length edits show as two ranges), otherwise the whole middle is one range — after an
 * insertion or deletion base64url realigns, so those characters really did change. A pure deletion
 * gives one empty range (`start === end`) where the characters were removed.
 */
export function diffSigningInput(original: string, edited: string): ChangedRange[] {
  if (original === edited) return [];
  const shorter = Math.min(original.length, edited.length);
  let prefix = 0;
  while (prefix < shorter && original[prefix] === edited[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    original[original.length - 1 - suffix] === edited[edited.length - 1 - suffix]
  )
    suffix++;
  const end = edited.length - suffix;
  if (original.length !== edited.length) return [{ start: prefix, end }];
  const ranges: ChangedRange[] = [];
  let runStart = -1;
  for (let i = prefix; i <= end; i++) {
    const differs = i < end && original[i] !== edited[i];
    if (differs && runStart < 0) runStart = i;
    if (!differs && runStart >= 0) {
      ranges.push({ start: runStart, end: i });
      runStart = -1;
    }
  }
  return ranges;
}
