/** A half-open character range to mark. */
export interface MarkRange {
  readonly start: number;
  readonly end: number;
}

/** Above this many marks the page spends its time painting them: show one span instead. */
const MAX_MARKS = 64;
/** Changes this close together read as one. */
const MERGE_GAP = 3;

/** Merges nearby ranges and collapses many scattered ones into one, so marking stays cheap. */
export function coarsenMarks(ranges: readonly MarkRange[]): MarkRange[] {
  const merged: MarkRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start - last.end <= MERGE_GAP)
      merged[merged.length - 1] = { start: last.start, end: range.end };
    else merged.push(range);
  }
  const first = merged[0];
  const final = merged.at(-1);
  return merged.length > MAX_MARKS && first && final ? [{ start: first.start, end: final.end }] : merged;
}
