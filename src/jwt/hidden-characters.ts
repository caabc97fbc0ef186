/**
 * Characters that change how text looks without being seen: bidirectional controls (a claim
 * `"\u202Enimda"` displays as "admin"), zero-width characters (two "role" claims that look the
 * same), and other invisible or control characters. jwt-lab shows them escaped, never raw.
 */

const NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** Whether a UTF-16 code unit is a hidden character (see the module comment), C0/C1 controls included. */
export function isHiddenCharacter(code: number): boolean {
  if (code >= 0x20 && code < 0x7f) return false; // printable ASCII: the common case, decided at once
  return code < 0x20 || code <= 0x9f || NAMES[code] !== undefined;
}

/** "U+202E RIGHT-TO-LEFT OVERRIDE" */
export function nameHiddenCharacter(code: number): string {
  const hex = code.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} ${NAMES[code] ?? 'CONTROL CHARACTER'}`;
}

/**
 * The text with every hidden character written as a `\uXXXX` escape, so it can be seen. Free text keeps
 * its tabs and line breaks (`keepLayout`); inside a JSON string every control character is escaped.
 */
export function revealHiddenCharacters(text: string, keepLayout = true): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!isHiddenCharacter(code) || (keepLayout && (code === 0x09 || code === 0x0a))) continue;
    out += text.slice(last, i) + `\\u${code.toString(16).padStart(4, '0')}`;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
