/** A token of pretty-printed JSON, for syntax colour. */
export interface JsonToken {
  readonly kind: 'key' | 'string' | 'number' | 'literal' | 'punctuation' | 'text';
  readonly text: string;
}

const TOKEN_RE =
  /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}[\],:])/g;

/**
 * Splits JSON text into coloured tokens. Everything is returned as text (rendered as React text
 * nodes, never as HTML), so hostile claims cannot inject markup.
 */
export function highlightJson(text: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN_RE)) {
    const index = match.index;
    if (index > last) tokens.push({ kind: 'text', text: text.slice(last, index) });
    const [whole, str, colon, num, literal] = match;
    if (str !== undefined) {
      tokens.push({ kind: colon ? 'key' : 'string', text: str });
      if (colon) tokens.push({ kind: 'punctuation', text: colon });
    } else if (num !== undefined) tokens.push({ kind: 'number', text: num });
    else if (literal !== undefined) tokens.push({ kind: 'literal', text: literal });
    else tokens.push({ kind: 'punctuation', text: whole });
    last = index + whole.length;
  }
  if (last < text.length) tokens.push({ kind: 'text', text: text.slice(last) });
  return tokens;
}
