/** Where one top-level member of a JSON object sits in its text (half-open ranges). */
export interface MemberSpan {
  readonly name: string;
  /** The key's opening quote. */
  readonly keyStart: number;
  /** Just after the key's closing quote. */
  readonly keyEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** The layout of a JSON object's text: its braces and its top-level members, in text order. */
export interface ObjectLayout {
  /** Index of the opening `{`. */
  readonly open: number;
  /** Index of the matching closing `}`. */
  readonly close: number;
  readonly members: readonly MemberSpan[];
}

const WHITESPACE = ' \t\n\r';
const DELIMITERS = ',}]';

function skipWhitespace(text: string, from: number): number {
  let i = from;
  while (i < text.length && WHITESPACE.includes(text[i] ?? '')) i++;
  return i;
}

/** `from` is an opening quote; returns the index after the closing quote, or -1. */
function skipString(text: string, from: number): number {
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i + 1;
  }
  return -1;
}

/** Returns the index after the JSON value starting at `from`, or -1 when there is none. */
function skipValue(text: string, from: number): number {
  const first = text[from];
  if (first === '"') return skipString(text, from);
  if (first === '{' || first === '[') {
    let depth = 0;
    for (let i = from; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        const end = skipString(text, i);
        if (end < 0) return -1;
        i = end - 1;
      } else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
  let i = from;
  while (i < text.length && !WHITESPACE.includes(text[i] ?? ' ') && !DELIMITERS.includes(text[i] ?? ',')) i++;
  return i > from ? i : -1;
}

function keyName(raw: string): string | null {
  try {
    const name: unknown = JSON.parse(raw);
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/**
 * Finds the top-level members of the JSON object in `text` without parsing their values, so an edit
 * can touch one member and leave every other byte as it was. Any whitespace style is accepted;
 * returns `null` when the text is not an object this scanner can follow (callers validate first).
 */
export function scanTopLevelMembers(text: string): ObjectLayout | null {
  const open = skipWhitespace(text, 0);
  if (text[open] !== '{') return null;
  const members: MemberSpan[] = [];
  let i = skipWhitespace(text, open + 1);
  if (text[i] === '}') return { open, close: i, members };
  for (;;) {
    if (text[i] !== '"') return null;
    const keyStart = i;
    const keyEnd = skipString(text, keyStart);
    const name = keyEnd < 0 ? null : keyName(text.slice(keyStart, keyEnd));
    if (name === null) return null;
    i = skipWhitespace(text, keyEnd);
    if (text[i] !== ':') return null;
    const valueStart = skipWhitespace(text, i + 1);
    const valueEnd = skipValue(text, valueStart);
    if (valueEnd < 0) return null;
    members.push({ name, keyStart, keyEnd, valueStart, valueEnd });
    i = skipWhitespace(text, valueEnd);
    if (text[i] === '}') return { open, close: i, members };
    if (text[i] !== ',') return null;
    i = skipWhitespace(text, i + 1);
  }
}

/** The whitespace that starts the line holding `index`, when only whitespace precedes it on that line. */
export function lineIndent(text: string, index: number): string | null {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(lineStart, index);
  return /^[ \t]*$/.test(before) ? before : null;
}
