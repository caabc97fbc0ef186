/**
 * Whitespace removed from inside a pasted token changes the token: the text as pasted is rejected by
 * every verifier. These helpers find such runs and say where they were.
 */

/** One run of characters removed from inside a token. */
export interface RemovedRun {
  /** The removed characters, e.g. `' '` or `'\t '`. */
  readonly characters: string;
  /** The segment it sat in: "header", "payload", "signature" (JWE: "ciphertext" …). */
  readonly segment: string;
  /** How many characters of that segment come before it (0 = at its start). */
  readonly offset: number;
  /** The segment's length once cleaned. */
  readonly segmentLength: number;
}

const SEGMENT_NAMES: Record<number, readonly string[]> = {
  3: ['header', 'payload', 'signature'],
  5: ['protected header', 'encrypted key', 'IV', 'ciphertext', 'tag'],
};

/**
 * The whitespace runs that sat inside the token. A run with a line break is a wrap (a terminal or an
 * e-mail folded the line) and was not part of the token as sent; a run of spaces or tabs was.
 */
export function removedRuns(text: string): RemovedRun[] {
  const segments = text.replace(/\s+/g, '').split('.');
  const names = SEGMENT_NAMES[segments.length] ?? [];
  const runs: RemovedRun[] = [];
  let segment = 0;
  let offset = 0;
  let run = '';
  for (const char of text) {
    if (/\s/.test(char)) {
      run += char;
      continue;
    }
    if (run !== '' && !/[\r\n]/.test(run)) runs.push(runAt(run, segments, names, segment, offset));
    run = '';
    if (char === '.') {
      segment += 1;
      offset = 0;
    } else offset += 1;
  }
  return runs;
}

function runAt(
  characters: string,
  segments: readonly string[],
  names: readonly string[],
  segment: number,
  offset: number,
): RemovedRun {
  return {
    characters,
    segment: names[segment] ?? `segment ${segment + 1}`,
    offset,
    segmentLength: segments[segment]?.length ?? 0,
  };
}

/** "1 space inside the payload (after character 57 of 180)" — for each run, joined with "; ". */
export function describeRemovedRuns(runs: readonly RemovedRun[]): string {
  return runs
    .map((run) => {
      const what = describeCharacters(run.characters);
      const where =
        run.offset === 0
          ? `at the start of the ${run.segment}`
          : run.offset >= run.segmentLength
            ? `at the end of the ${run.segment}`
            : `inside the ${run.segment} (after character ${run.offset} of ${run.segmentLength})`;
      return `${what} ${where}`;
    })
    .join('; ');
}

function describeCharacters(characters: string): string {
  const spaces = [...characters].filter((c) => c === ' ').length;
  const others = characters.length - spaces;
  const parts = [
    spaces > 0 ? `${spaces} space${spaces === 1 ? '' : 's'}` : '',
    others > 0 ? `${others} other whitespace character${others === 1 ? '' : 's'}` : '',
  ];
  return parts.filter(Boolean).join(' and ');
}
