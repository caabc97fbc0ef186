/**
 * Finds a compact JWS (3 segments) or JWE (5 segments) inside other text, in one left-to-right pass.
 * A backtracking regex such as `eyJ[\w-]*\.[\w-]*\.[\w-]*` is quadratic on "eyJeyJeyJ…" (24 s for a
 * 300 KB link); this scanner looks at each character a bounded number of times, whatever the input.
 */

const isTokenChar = (code: number) =>
  (code >= 48 && code <= 57) || // 0-9
  (code >= 65 && code <= 90) || // A-Z
  (code >= 97 && code <= 122) || // a-z
  code === 45 || // -
  code === 95; // _

const DOT = 46;

/**
 * The first token in `text`: it starts at an "eyJ" (a base64url JSON object) and takes 3 segments,
 * or 5 when two more dot-separated segments follow. Returns null when there is none.
 */
export function findCompactToken(text: string): string | null {
  let index = 0;
  while (index < text.length) {
    // A run of token characters and dots: a token can only lie inside one run.
    while (index < text.length && !isRunChar(text.charCodeAt(index))) index += 1;
    const start = index;
    while (index < text.length && isRunChar(text.charCodeAt(index))) index += 1;
    const found = tokenInRun(text, start, index);
    if (found) return found;
  }
  return null;
}

function isRunChar(code: number): boolean {
  return isTokenChar(code) || code === DOT;
}

/** Within one run [start, end): the first "eyJ" followed by at least two dots, as the regex would match. */
function tokenInRun(text: string, start: number, end: number): string | null {
  const dots: number[] = [];
  for (let i = start; i < end; i += 1) if (text.charCodeAt(i) === DOT) dots.push(i);
  let nextDot = 0;
  for (let i = start; i + 2 < end; i += 1) {
    while (nextDot < dots.length && (dots[nextDot] ?? end) < i) nextDot += 1;
    if (dots.length - nextDot < 2) return null; // no "eyJ" from here on has two dots after it
    if (text.startsWith('eyJ', i)) {
      // Segments may not contain dots, so the match ends at the 3rd (or 5th) segment's end.
      const available = dots.length - nextDot;
      const segmentsEnd = available >= 4 ? dots[nextDot + 4] : dots[nextDot + 2];
      return text.slice(i, segmentsEnd ?? end);
    }
  }
  return null;
}
