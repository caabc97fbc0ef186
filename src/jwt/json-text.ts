import { isHiddenCharacter, revealHiddenCharacters } from './hidden-characters';

/**
 * Reads JSON *text* the way a reviewer must: JSON.parse keeps the last of two members with the same
 * name, rounds integers past 2^53 and is happy with invisible characters — all of which let a token
 * show one thing and mean another. One iterative pass (no recursion, so any depth is safe).
 */
export interface JsonTextFacts {
  /** The deepest nesting of objects and arrays. */
  readonly depth: number;
  /** Member names that appear twice in one object, with where ("role", "address.city"). */
  readonly duplicates: readonly string[];
  /** Integer literals beyond ±(2^53 − 1), as written: JavaScript reads them rounded. */
  readonly unsafeIntegers: readonly string[];
  /** Hidden characters inside strings (raw or as \u escapes), by code unit, with counts. */
  readonly hidden: ReadonlyMap<number, number>;
}

export interface ScannedJson {
  readonly facts: JsonTextFacts;
  /** The text re-indented as `JSON.stringify(value, null, 2)` would, but with every number and string
   * exactly as written and hidden characters escaped; null when the text is not JSON. */
  readonly pretty: string | null;
}

const LIST_LIMIT = 20;
const isSpace = (code: number) => code === 32 || code === 10 || code === 13 || code === 9;

interface Frame {
  readonly kind: '{' | '[';
  /** Member names seen so far (objects only; made on the first name). */
  names: Set<string> | null;
  key: string | null;
}

export interface ScanOptions {
  /** Build the re-indented text (default true). */
  readonly pretty?: boolean;
  /** Stop as soon as nesting goes deeper than this: the facts then report `depth` = maxDepth + 1. */
  readonly maxDepth?: number;
}

/** Scans JSON text once: its facts, and (when `pretty`) the exact re-indented text. */
export function scanJsonText(text: string, options: ScanOptions = {}): ScannedJson {
  const { pretty = true, maxDepth = Number.POSITIVE_INFINITY } = options;
  const out: string[] = [];
  const stack: Frame[] = [];
  const duplicates: string[] = [];
  const unsafeIntegers: string[] = [];
  const hidden: HiddenTally = { byCode: new Map(), total: 0 };
  let depth = 0;
  let valid = true;
  let i = 0;
  const indents: string[] = [];
  const indent = () => (indents[stack.length] ??= '\n' + '  '.repeat(stack.length));
  while (i < text.length) {
    if (isSpace(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const char = text[i] ?? '';
    if (char === '"') {
      const hiddenBefore = hidden.total;
      const end = stringEnd(text, i, hidden);
      const raw = text.slice(i, end);
      const top = stack[stack.length - 1];
      if (top?.kind === '{' && top.key === null && nextNonSpace(text, end) === ':') {
        const name = readKey(raw);
        top.names ??= new Set();
        if (top.names.has(name) && duplicates.length < LIST_LIMIT) duplicates.push(pathOf(stack, name));
        top.names.add(name);
        top.key = name;
      }
      if (pretty) out.push(hidden.total === hiddenBefore ? raw : revealHiddenCharacters(raw, false));
      i = end;
    } else if (char === '{' || char === '[') {
      stack.push({ kind: char, names: null, key: null });
      depth = Math.max(depth, stack.length);
      if (depth > maxDepth) {
        valid = false;
        break;
      }
      const close = char === '{' ? '}' : ']';
      if (nextNonSpace(text, i + 1) === close) {
        stack.pop();
        if (pretty) out.push(char + close);
        i = text.indexOf(close, i + 1) + 1;
        continue;
      }
      if (pretty) out.push(char + indent());
      i += 1;
    } else if (char === '}' || char === ']') {
      valid &&= stack.pop()?.kind === (char === '}' ? '{' : '[');
      if (pretty) out.push(indent() + char);
      i += 1;
    } else if (char === ',') {
      const top = stack[stack.length - 1];
      if (top) top.key = null;
      if (pretty) out.push(',' + indent());
      i += 1;
    } else if (char === ':') {
      if (pretty) out.push(': ');
      i += 1;
    } else {
      const end = literalEnd(text, i);
      if (end === i) {
        valid = false;
        break;
      }
      const literal = text.slice(i, end);
      if (isUnsafeInteger(literal) && unsafeIntegers.length < LIST_LIMIT) unsafeIntegers.push(literal);
      if (pretty) out.push(literal);
      i = end;
    }
  }
  valid &&= stack.length === 0;
  return {
    facts: { depth, duplicates, unsafeIntegers, hidden: hidden.byCode },
    pretty: pretty && valid ? out.join('') : null,
  };
}

/** Where a member sits: "address.city", "items[].k". Built only for the few duplicates reported. */
function pathOf(stack: readonly Frame[], name: string): string {
  let path = '';
  for (const frame of stack.slice(0, -1)) {
    if (frame.kind === '[') path += '[]';
    else path += (path === '' ? '' : '.') + (frame.key ?? '');
  }
  return path === '' ? name : `${path}.${name}`;
}

function nextNonSpace(text: string, from: number): string {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
  return text[i] ?? '';
}

/** The index just past the closing quote of the string that starts at `start`; counts hidden characters. */
function stringEnd(text: string, start: number, hidden: HiddenTally): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 34) return i + 1; // "
    if (code === 92) {
      // \uXXXX may spell a hidden character; \n, \r and \t are ordinary escapes.
      if (text[i + 1] === 'u') {
        const escaped = Number.parseInt(text.slice(i + 2, i + 6), 16);
        if (isHiddenCharacter(escaped) && ![9, 10, 13].includes(escaped)) count(hidden, escaped);
      }
      i += 2;
      continue;
    }
    if (isHiddenCharacter(code)) count(hidden, code);
    i += 1;
  }
  return text.length;
}

/** Hidden characters by code unit, and their running total (a string that adds none is copied as is). */
interface HiddenTally {
  readonly byCode: Map<number, number>;
  total: number;
}

function count(tally: HiddenTally, code: number): void {
  tally.byCode.set(code, (tally.byCode.get(code) ?? 0) + 1);
  tally.total += 1;
}

function readKey(raw: string): string {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : raw;
  } catch {
    return raw;
  }
}

/** Numbers and true/false/null: letters, digits, sign, dot. */
function literalEnd(text: string, start: number): number {
  let i = start;
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const digitOrSign = (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2b || code === 0x2e;
    const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    if (!digitOrSign && !letter) break;
  }
  return i;
}

function isUnsafeInteger(literal: string): boolean {
  if (!/^-?\d+$/.test(literal)) return false;
  const digits = literal.replace('-', '').replace(/^0+/, '');
  return digits.length > 16 || (digits.length === 16 && BigInt(digits) > BigInt(Number.MAX_SAFE_INTEGER));
}
