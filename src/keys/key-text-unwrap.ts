/**
 * Undoes what copy and paste, JSON, shells and word processors do to a key's text, so the
 * algorithm-confusion guard can see a public key through it: `\n` escapes, quotes, dash-like
 * characters in the armour (— – ‐ −), BEGIN/END lines in any case or with any number of dashes.
 * Every step is a single pass or a fixed-width match: linear on any text.
 */

// `\n`, `\r`, `\t` as two characters (JSON strings, environment variables) and `\/` (PHP's json_encode).
const ESCAPE_RE = /\\[nrt]|\\\//g;
// Dash punctuation (hyphen, en and em dashes, …), the minus sign, small and full-width hyphen-minus.
const DASH_LIKE_RE = /[\p{Pd}\u2212\u2043\ufe63\uff0d]/gu;
const QUOTE_RE = /["'`\u2018\u2019\u201a\u201c\u201d\u201e\u00ab\u00bb]/g;
const ARMOUR_WORD_RE = /begin|end/gi;
const LABEL_WORDS = new Set(['PUBLIC', 'RSA', 'EC', 'KEY', 'CERTIFICATE', 'X509', 'TRUSTED', 'PRIVATE']);
const SPACE_RE = /\s/;
const isSpace = (char: string) => char !== '' && SPACE_RE.test(char);
const isInlineSpace = (char: string) => char === ' ' || char === '\t';
const isLetterOrDigit = (char: string) => /^[A-Za-z0-9]$/.test(char);

/** The text with escapes turned back into line breaks, every dash-like character made `-`, quotes removed. */
export function prepareKeyText(text: string): string {
  return text
    .replace(ESCAPE_RE, (escape) => (escape === '\\/' ? '/' : '\n'))
    .replace(DASH_LIKE_RE, '-')
    .replace(QUOTE_RE, '');
}

/**
 * The text inside its armour: between the first BEGIN marker and the END marker after it, so text
 * around a block ("key: |" in YAML, a comment) is dropped; without such a pair, the text with every
 * marker removed. A marker is a dash run, the word BEGIN or END in any case, its label and the closing
 * dashes (if any); it needs at least one dash before the word, so a body containing "end" is left alone.
 */
export function removeArmour(text: string): string {
  const markers: { start: number; end: number; begins: boolean }[] = [];
  let kept = 0;
  for (const match of text.matchAll(ARMOUR_WORD_RE)) {
    const word = match.index;
    const after = word + match[0].length;
    if (
      word < kept ||
      !(after === text.length || isSpace(text.charAt(after)) || text.charAt(after) === '-')
    ) {
      continue;
    }
    const start = markerStart(text, word, kept);
    if (start === -1) continue;
    kept = markerEnd(text, after);
    markers.push({ start, end: kept, begins: match[0].toLowerCase() === 'begin' });
  }
  const begin = markers.find((marker) => marker.begins);
  const end = begin && markers.find((marker) => !marker.begins && marker.start >= begin.end);
  if (begin && end) return text.slice(begin.end, end.start);
  return (
    markers.map((marker, i) => text.slice(markers[i - 1]?.end ?? 0, marker.start)).join('') + text.slice(kept)
  );
}

/** Where the dashes before the word begin (skipping spaces between them), or -1 without a dash. */
function markerStart(text: string, word: number, floor: number): number {
  let at = word;
  while (at > floor && isSpace(text.charAt(at - 1))) at--;
  let start = -1;
  while (at > floor && (text.charAt(at - 1) === '-' || isInlineSpace(text.charAt(at - 1)))) {
    at--;
    if (text.charAt(at) === '-') start = at;
  }
  return start;
}

/** Where the marker whose word ends at `from` ends: after its label and closing dashes. */
function markerEnd(text: string, from: number): number {
  let at = from;
  let known = 0;
  for (;;) {
    let next = at;
    while (isInlineSpace(text.charAt(next))) next++;
    let wordEnd = next;
    while (wordEnd < text.length && isLetterOrDigit(text.charAt(wordEnd))) wordEnd++;
    if (wordEnd === next || !LABEL_WORDS.has(text.slice(next, wordEnd).toUpperCase())) break;
    known++;
    at = wordEnd;
  }
  // An unknown label ("BEGIN OPENSSH PUBLIC KEY") runs to the next dash or line break; a known one stops
  // where its words stop, so a key on one line whose closing dashes were lost keeps its body.
  if (known === 0) {
    while (at < text.length && text.charAt(at) !== '-' && text.charAt(at) !== '\n') at++;
  }
  while (at < text.length && (text.charAt(at) === '-' || isInlineSpace(text.charAt(at)))) at++;
  return at;
}

const MODULUS_RE = /modulus/i;
const HEX_LINE_RE = /^[0-9a-fA-F:\s]*$/;

/**
 * The hex after a "Modulus" label, as `openssl rsa -text` (`Modulus:` then indented `00:c3:…` lines)
 * or `openssl rsa -modulus` (`Modulus=C35A…`) print it; null without such a label.
 */
export function findModulusHex(text: string): string | null {
  const label = MODULUS_RE.exec(text);
  if (!label) return null;
  let at = label.index + label[0].length;
  while (isInlineSpace(text.charAt(at))) at++;
  if (text.charAt(at) === ':' || text.charAt(at) === '=') at++;
  const lines: string[] = [];
  while (at <= text.length) {
    const found = text.indexOf('\n', at);
    const lineEnd = found === -1 ? text.length : found;
    const line = text.slice(at, lineEnd);
    if (!HEX_LINE_RE.test(line)) break;
    lines.push(line);
    at = lineEnd + 1;
  }
  const hex = lines.join('').replace(/[\s:]/g, '');
  return hex === '' ? null : hex;
}
