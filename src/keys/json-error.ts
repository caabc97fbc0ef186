/**
 * Locates the first syntax error in JSON text. `JSON.parse` messages differ between engines and
 * some carry no position at all, so we scan ourselves (iteratively: deep nesting cannot overflow).
 */

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'done';

/** Where JSON text goes wrong: the 0-based offset and a short description of the problem. */
export interface JsonErrorLocation {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly problem: string;
}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

/** The first syntax error in `text`, or `null` when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const afterValue = (): Expect => (stack.length === 0 ? 'done' : 'commaOrClose');
  while (true) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
    if (i >= text.length)
      return expect === 'done' ? null : at(text, i, 'the JSON ends too early (something is not closed)');
    const c = text.charAt(i);
    if (expect === 'done') return at(text, i, `unexpected ${quote(c)} after the end of the JSON value`);
    if (expect === 'colon') {
      if (c !== ':') return at(text, i, `expected ":" after the member name but found ${quote(c)}`);
      expect = 'value';
      i++;
    } else if (expect === 'commaOrClose') {
      const open = stack[stack.length - 1];
      if (c === ',') expect = open === '{' ? 'key' : 'value';
      else if ((c === '}' && open === '{') || (c === ']' && open === '[')) {
        stack.pop();
        expect = afterValue();
      } else return at(text, i, `expected "," or "${open === '{' ? '}' : ']'}" but found ${quote(c)}`);
      i++;
    } else if (expect === 'key' || expect === 'keyOrClose') {
      if (c === '}' && expect === 'keyOrClose') {
        stack.pop();
        expect = afterValue();
        i++;
      } else if (c === '"') {
        const end = scanString(text, i);
        if (end < 0)
          return at(text, -end, 'this string is not valid (unterminated, a raw line break, or a bad escape)');
        i = end;
        expect = 'colon';
      } else return at(text, i, `expected a member name in double quotes but found ${quote(c)}`);
    } else if (c === ']' && expect === 'valueOrClose') {
      stack.pop();
      expect = afterValue();
      i++;
    } else if (c === '{' || c === '[') {
      stack.push(c);
      expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
      i++;
    } else if (c === '"') {
      const end = scanString(text, i);
      if (end < 0)
        return at(text, -end, 'this string is not valid (unterminated, a raw line break, or a bad escape)');
      i = end;
      expect = afterValue();
    } else {
      NUMBER_RE.lastIndex = i;
      const literal = LITERALS.find((word) => text.startsWith(word, i));
      const length = literal?.length ?? NUMBER_RE.exec(text)?.[0].length ?? 0;
      if (length === 0) return at(text, i, `unexpected ${quote(c)} where a value should be`);
      i += length;
      expect = afterValue();
    }
  }
}

/** Offset just past the string starting at `start`, or minus the offset of the problem. */
function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -i;
    if (code === 0x5c) {
      const next = text.charAt(i + 1);
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 5;
      else if (next !== '' && '"\\/bfnrt'.includes(next)) i += 1;
      else return -i;
    }
  }
  return -text.length;
}

function at(text: string, offset: number, problem: string): JsonErrorLocation {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { offset, line, column, problem };
}

function quote(c: string): string {
  return JSON.stringify(c);
}
