import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPemBlocks } from './pem';
import { looksLikePem } from './pem-shape';
import { publicKeyInSecret } from './public-key-in-secret';

// Every scanner that reads the key field must stay linear: a regex that backtracks over a long run of
// dashes or spaces freezes the page for seconds on a paste of a few hundred kilobytes.
const SIZE = 200_000;
const LIMIT_MS = 300;

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
const cook = ([edge, first, second, end]: [string, string, string, string]) =>
  edge + fill(first, SIZE / 2) + fill(second, SIZE / 2) + end;

/** The shapes that made the old regexes quadratic, always tried. */
const KNOWN_WORST: [string, string][] = [
  ['dashes', '-'.repeat(SIZE)],
  ['dashes then spaces', `${'-'.repeat(SIZE / 2)}${' '.repeat(SIZE / 2)}`],
  [
    'a header line of spaces ending in U+2028',
    `-----BEGIN X-----\na:${' '.repeat(SIZE)}x\u2028y\n-----END X-----`,
  ],
  ['dashes and begins', '---- begin'.repeat(SIZE / 10)],
  ['dash-like runs', '—–‐−'.repeat(SIZE / 4)],
];

const utf8 = (text: string) => new TextEncoder().encode(text);

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const SCANNERS: [string, (text: string) => unknown][] = [
  ['looksLikePem', looksLikePem],
  ['readPemBlocks', readPemBlocks],
  ['publicKeyInSecret', (text) => publicKeyInSecret(text, utf8(text))],
];

describe.each(SCANNERS)('%s on hostile text', (_name, scan) => {
  it.each(KNOWN_WORST)('stays under 300 ms on 200 KB of %s', (_shape, text) => {
    expect(timed(() => scan(text))).toBeLessThan(LIMIT_MS);
  });

  it('stays under 300 ms on any 200 KB of repeated armour fragments', () => {
    fc.assert(
      fc.property(recipe, (parts) => {
        const text = cook(parts);
        expect(timed(() => scan(text))).toBeLessThan(LIMIT_MS);
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
