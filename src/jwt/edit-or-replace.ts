/**
 * Telling an edit from a replacement. The debugger's example comes with its key: while the user
 * tampers with the example (one segment, one character) the key stays, so the signature visibly
 * fails; once they paste a token of their own, the example's key must go with the example.
 */

/** Whether `next` is `original` with one local edit (half or more of the longer text is kept at its two ends). */
export function isLocalEdit(next: string, original: string): boolean {
  if (next === original) return true;
  if (next === '' || original === '') return false;
  const longest = Math.max(next.length, original.length);
  const shortest = Math.min(next.length, original.length);
  let prefix = 0;
  while (prefix < shortest && next[prefix] === original[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    next[next.length - 1 - suffix] === original[original.length - 1 - suffix]
  )
    suffix += 1;
  return (prefix + suffix) * 2 >= longest;
}

/**
 * Whether the token `next` is still the example `original` as the user edits it: a local edit of its
 * text, or a compact token with the same number of segments of which at most one differs.
 */
export function isEditedToken(next: string, original: string): boolean {
  const a = next.trim();
  if (isLocalEdit(a, original)) return true;
  const mine = a.split('.');
  const theirs = original.split('.');
  if (mine.length !== theirs.length || mine.length < 3) return false;
  return mine.filter((segment, index) => segment !== theirs[index]).length <= 1;
}
