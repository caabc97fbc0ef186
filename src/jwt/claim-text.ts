/**
 * Putting claim checks into words: exact durations, JSON values as the token holds them, and the near
 * misses (a trailing slash, case) that make an issuer or audience comparison fail.
 */

const DURATION_UNITS = [
  [86_400, ' day', ' days'],
  [3600, ' h', ' h'],
  [60, ' min', ' min'],
] as const;

/** An exact duration: "3 days 4 h 12 min 5 s", "45 s", "0 s" (largest unit first, zero units omitted). */
export function formatExactDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'an unbounded time';
  // Whole milliseconds at most, so that 0.1 + 0.2 seconds reads "0.3 s".
  let rest = Math.round(Math.abs(seconds) * 1000) / 1000;
  if (rest > Number.MAX_SAFE_INTEGER) return `about ${rest.toExponential(2)} s`;
  const parts: string[] = [];
  for (const [size, one, many] of DURATION_UNITS) {
    const count = Math.floor(rest / size);
    rest -= count * size;
    if (count > 0) parts.push(`${count.toLocaleString('en-US')}${count === 1 ? one : many}`);
  }
  rest = Math.round(rest * 1000) / 1000;
  if (rest > 0 || parts.length === 0) {
    parts.push(`${rest.toLocaleString('en-US', { maximumFractionDigits: 3 })} s`);
  }
  return parts.join(' ');
}

/** A claim value as JSON, the way it sits in the token: `"a"`, `["a","b"]`, `42`. */
export function showJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Only non-JSON values (BigInt, cycles) get here; decoded tokens never contain them.
    return String(value);
  }
}

/** Differences that people do not see but an exact string comparison does, in the order they are undone. */
const NEAR_MISSES: readonly (readonly [string, (value: string) => string])[] = [
  ['surrounding whitespace', (value) => value.trim()],
  ['a trailing slash', (value) => value.replace(/\/+$/, '')],
  ['case', (value) => value.toLowerCase()],
];

const undo = (value: string, skip?: string): string =>
  NEAR_MISSES.reduce((text, [name, normalize]) => (name === skip ? text : normalize(text)), value);

/** Says " They differ only by a trailing slash: issuers are compared as exact strings." — or '' when they differ more. */
export function describeNearMiss(actual: string, expected: string, what: string): string {
  if (actual === expected || undo(actual) !== undo(expected)) return '';
  const needed = NEAR_MISSES.filter(([name]) => undo(actual, name) !== undo(expected, name)).map(
    ([name]) => name,
  );
  if (needed.length === 0) return '';
  const list = needed.length > 1 ? `${needed.slice(0, -1).join(', ')} and ${needed.at(-1)}` : needed.join('');
  return ` They differ only by ${list}: ${what} are compared as exact strings.`;
}
