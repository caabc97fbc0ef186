/**
 * Whether pasted text looks like PEM, without reading it: kept apart from the PEM reader so that
 * telling a key's shape costs nothing until a PEM is really there.
 */

const BEGIN = '-----BEGIN ';
const SPACE_RE = /\s/;
// Fixed width, so each position costs the same whatever follows: linear on any text.
const BEGIN_WORD_RE = /begin\s/gi;

/** Whether the text contains something that looks like the start of a PEM block. */
export function looksLikePem(text: string): boolean {
  // Tolerant on purpose: mangled armour (lower case, four dashes) must not fall through to "secret".
  // Same answers as /-{3,}\s*BEGIN\s/i, which backtracks quadratically on a long run of dashes:
  // find each "begin " and look back over spaces for three dashes. The look-back stops at the
  // previous word's letters, so every space is read at most twice.
  if (text.includes(BEGIN)) return true;
  for (const match of text.matchAll(BEGIN_WORD_RE)) {
    let before = match.index;
    while (before > 0 && SPACE_RE.test(text.charAt(before - 1))) before--;
    if (before >= 3 && text.startsWith('---', before - 3)) return true;
  }
  return false;
}
