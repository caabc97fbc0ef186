import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPemBlocks } from './pem';
import { looksLikePem } from './pem-shape';
import { publicKeyInSecret } from './public-key-in-secret';

// Every scanner that reads the key field must stay linear: a regex that backtracks over a long run of
// dashes or spaces freezes the page for seconds on a paste of a few hundred kilobytes.
const SIZE = 200_000;
// A tight wall-clock limit fails on a busy machine. A scan of 200 KB that finishes within a second
// passes outright (the quadratic regexes this replaced took minutes); a slower one must show linear
// growth: on 8× the text a linear scan takes about 8× as long, a quadratic one 64×.
const FAST_MS = 1000;
const MAX_GROWTH = 24;

const FRAGMENTS = [
  '-',
  '-----',
  ' ',
  '\t',
  '\n',
  '\u2028',
  'BEGIN',
  'begin ',
  'BEGIN ',
  '-----BEGIN ',
  'END ',
  '-----END X-----',
  'a:',
  ':',
  'x',
  'A',
  '=',
  '0f',
  '\\n',
  '"',
  '—',
];
const EDGES = ['', '-----BEGIN X-----\n', '-----BEGIN X-----\na:', '---', 'modulus:', '"'];
const ENDS = ['', 'x\u2028y\n-----END X-----', ' begin ', '\n-----END X-----', 'BEGIN '];

const unit = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(''));
const fill = (part: string, length: number) => part.repeat(Math.ceil(length / part.length)).slice(0, length);

/** A recipe for about 200 KB: an edge, two long runs of repeated fragments, an end (short to report). */
const recipe = fc.tuple(fc.constantFrom(...EDGES), unit, unit, fc.constantFrom(...ENDS));
const cook = ([edge, first, second, end]: [string, string, string, string], size = SIZE) =>
  edge + fill(first, size / 2) + fill(second, size / 2) + end;

/** The shapes that made the old regexes quadratic, always tried. */
const KNOWN_WORST: [string, (size: number) => string][] = [
  ['dashes', (size) => '-'.repeat(size)],
  ['dashes then spaces', (size) => `${'-'.repeat(size / 2)}${' '.repeat(size / 2)}`],
  [
    'a header line of spaces ending in U+2028',
    (size) => `-----BEGIN X-----\na:${' '.repeat(size)}x\u2028y\n-----END X-----`,
  ],
  ['dashes and begins', (size) => '---- begin'.repeat(size / 10)],
  ['dash-like runs', (size) => '—–‐−'.repeat(size / 4)],
];

const utf8 = (text: string) => new TextEncoder().encode(text);

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** The best of three runs: other work on the machine only ever adds time. */
const bestOf3 = (run: () => unknown) => Math.min(timed(run), timed(run), timed(run));

/** Whether scanning the same shape is fast at SIZE, or grows linearly from SIZE / 8 to SIZE. */
function scalesLinearly(
  scan: (text: string) => unknown,
  make: (size: number) => string,
  fastMs = FAST_MS,
): boolean {
  const whole = make(SIZE);
  if (timed(() => scan(whole)) < fastMs) return true;
  // Slow once: try again (a burst of other work only ever adds time), then measure the growth.
  const wholeMs = timed(() => scan(whole));
  if (wholeMs < fastMs) return true;
  const eighth = make(SIZE / 8);
  return wholeMs / bestOf3(() => scan(eighth)) < MAX_GROWTH;
}

const SCANNERS: [string, (text: string) => unknown][] = [
  ['looksLikePem', looksLikePem],
  ['readPemBlocks', readPemBlocks],
  ['publicKeyInSecret', (text) => publicKeyInSecret(text, utf8(text))],
];

describe.each(SCANNERS)('%s on hostile text', (_name, scan) => {
  it.each(KNOWN_WORST)('stays linear on 200 KB of %s', (_shape, make) => {
    expect(scalesLinearly(scan, make)).toBe(true);
  });

  it('stays linear on any 200 KB of repeated armour fragments', () => {
    fc.assert(
      fc.property(recipe, (parts) => {
        expect(scalesLinearly(scan, (size) => cook(parts, size))).toBe(true);
      }),
      // No shrinking: every retry of a slow case would be slow again, and the first one says enough.
      { numRuns: 40, endOnFailure: true },
    );
  }, 120_000);
});

/** What looksLikePem was before it became a scan; fast on short text, quadratic on long dash runs. */
const oldLooksLikePem = (text: string) =>
  text.includes('-----BEGIN ') || /-{3,}\s*BEGIN[\s\u00a0]/i.test(text);
/** The header pattern decodeBody used before it became a scan. */
const OLD_HEADER_RE = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/;

const small = (alphabet: string[]) =>
  fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((parts) => parts.join('').slice(0, 200));
const ARMOUR_CHARS = ['-', '---', '-----', ' ', '\t', '\n', '\u00a0', '\u3000', 'BEGIN', 'begin', 'BeGiN '];
const ARMOUR_LETTERS = ['b', 'B', 'e', 'E', 'g', 'G', 'i', 'I', 'n', 'N', 'x', '\u0130', '\u0131', '\u212a'];

describe('looksLikePem (equivalence with the old regex)', () => {
  it('gives the old answer on any short text', () => {
    const text = fc.oneof(
      small([...ARMOUR_CHARS, ...ARMOUR_LETTERS]),
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    fc.assert(
      fc.property(text, (sample) => {
        expect(looksLikePem(sample)).toBe(oldLooksLikePem(sample));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['-----BEGIN PUBLIC KEY-----', true],
    ['----begin public key----', true],
    ['--- \n BEGIN\u00a0X', true],
    ['-- BEGIN X', false],
    ['---BEGINX', false],
    ['---BEGIN', false],
    ['---\u0130BEGIN X', false],
  ])('answers %j with %s', (text, expected) => {
    expect(looksLikePem(text)).toBe(expected);
    expect(oldLooksLikePem(text)).toBe(expected);
  });
});

describe('readPemBlocks headers (equivalence with the old regex)', () => {
  const HEADER_CHARS = [
    'a',
    'Z',
    '9',
    '-',
    ':',
    ' ',
    '\t',
    '\r',
    '\u2028',
    '\u2029',
    '\u00a0',
    'x',
    '=',
    ',',
  ];
  it('reads a line as a header exactly when the old pattern did, with the same name and value', () => {
    fc.assert(
      fc.property(small(HEADER_CHARS), (line) => {
        const result = readPemBlocks(`-----BEGIN X-----\n${line}\nAAAA\n-----END X-----`);
        const old = OLD_HEADER_RE.exec(line.trim());
        const headers = result.ok ? result.value[0]?.headers : {};
        expect(headers).toEqual(old?.[1] !== undefined ? { [old[1]]: old[2] ?? '' } : {});
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the growth check itself', () => {
  it('catches a quadratic scanner: the old PEM regex on 20 KB of dashes', () => {
    // 20 KB, not 200 KB: the old regex needs seconds already (minutes at 200 KB); an eighth is 2.5 KB.
    const dashes = (size: number) => '-'.repeat(Math.round((size * 20_000) / SIZE));
    // No "fast outright" pass here: the growth alone must give the quadratic scanner away.
    expect(scalesLinearly(oldLooksLikePem, dashes, 0)).toBe(false);
  }, 120_000);
});
