/** How long an offline guessing attack takes, in words a person reads at a glance. */

/** A duration in seconds and in words ("3 hours", "longer than the age of the universe"). */
export interface CrackTime {
  readonly seconds: number;
  readonly text: string;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The Julian year, as astronomers count it. */
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;
/** 13.8 billion years (Planck 2018: 13.787 ± 0.020 Gyr). */
export const AGE_OF_UNIVERSE_YEARS = 13.8e9;

/** Largest first; scaled years keep one word for one and many ("1 million years"). */
const UNITS: readonly (readonly [seconds: number, one: string, many: string])[] = [
  [1e9 * YEAR, 'billion years', 'billion years'],
  [1e6 * YEAR, 'million years', 'million years'],
  [1e3 * YEAR, 'thousand years', 'thousand years'],
  [YEAR, 'year', 'years'],
  [MONTH, 'month', 'months'],
  [DAY, 'day', 'days'],
  [HOUR, 'hour', 'hours'],
  [MINUTE, 'minute', 'minutes'],
  [1, 'second', 'seconds'],
];

/** Time to try `guesses` candidates at `guessesPerSecond`. */
export function estimateCrackTime(guesses: number, guessesPerSecond: number): CrackTime {
  if (!(guessesPerSecond > 0))
    throw new RangeError(`guessesPerSecond must be positive, got ${guessesPerSecond}`);
  return describeDuration(guesses / guessesPerSecond);
}

/** Describes a duration: under a second is "instantly"; beyond the universe's age it stops counting. */
export function describeDuration(seconds: number): CrackTime {
  if (Number.isNaN(seconds)) throw new RangeError('A duration cannot be NaN');
  return { seconds, text: durationText(seconds) };
}

function durationText(seconds: number): string {
  if (seconds < 1) return 'instantly';
  if (seconds / YEAR >= AGE_OF_UNIVERSE_YEARS) return 'longer than the age of the universe';
  const index = UNITS.findIndex(([unit]) => seconds >= unit);
  const entry = UNITS[index];
  if (!entry) return 'instantly';
  const [unit, one, many] = entry;
  const count = Math.round(seconds / unit);
  // Rounding up can reach the next unit: 59.7 seconds reads "1 minute", not "60 seconds".
  const larger = UNITS[index - 1];
  if (larger && count * unit >= larger[0]) return `1 ${larger[1]}`;
  return `${count} ${count === 1 ? one : many}`;
}
