// The audit's numbers, all derived from one count so they cannot disagree: the bar and the percentage
// show `percent`, the count shows `tried`, and time left is what is left of `total` at `perSecond`.

/** One worker's running tally: candidates of its shard tried, and the time it spent hashing them. */
export interface WorkerTally {
  readonly tried: number;
  readonly hashingMs: number;
}

/** Where an audit stands, for the progress bar and the line under it. */
export interface AuditProgress {
  /** Candidates tried, summed over the workers (as last reported by each). */
  readonly tried: number;
  readonly total: number;
  /** `tried` as a percentage of `total`, rounded for display: the bar's value and the text are this number. */
  readonly percent: number;
  /** Wall time since the audit started, worker start-up included. */
  readonly elapsedMs: number;
  /** The longest time one worker spent hashing (workers hash side by side, so this is the hashing wall time). */
  readonly hashingMs: number;
  /**
   * Candidates per second while hashing: each worker's tried ÷ its hashing time, summed over the workers.
   * Worker start-up and list loading are not counted. Null until some worker has hashed long enough to time.
   */
  readonly perSecond: number | null;
  /** Time left at `perSecond` (0 once everything is tried), or null while there is no speed. */
  readonly etaMs: number | null;
}

/**
 * Below this much hashing a worker's time is mostly timer granularity (browsers coarsen
 * `performance.now()` to 0.1 ms outside cross-origin isolation), so its speed is not worth a number.
 */
export const MIN_TIMED_MS = 2;

/** Sums the workers' tallies into the count, percentage, speed and time left that the page shows. */
export function summarizeProgress(
  tallies: readonly WorkerTally[],
  total: number,
  elapsedMs: number,
): AuditProgress {
  let tried = 0;
  let hashingMs = 0;
  let rate = 0;
  let timed = false;
  for (const tally of tallies) {
    tried += tally.tried;
    hashingMs = Math.max(hashingMs, tally.hashingMs);
    if (tally.hashingMs >= MIN_TIMED_MS) {
      rate += (tally.tried * 1000) / tally.hashingMs;
      timed = true;
    }
  }
  const perSecond = timed && rate > 0 ? rate : null;
  const left = Math.max(0, total - tried);
  const etaMs = left === 0 ? 0 : perSecond === null ? null : (left * 1000) / perSecond;
  return { tried, total, percent: progressPercent(tried, total), elapsedMs, hashingMs, perSecond, etaMs };
}

/**
 * `tried` of `total` as a percentage rounded to 2 decimals, never rounded to 0 once something was tried
 * (then 2 significant digits: 0.000015) nor to 100 before everything was (99.99). An empty audit is done: 100.
 */
export function progressPercent(tried: number, total: number): number {
  if (total <= 0 || tried >= total) return 100;
  if (tried <= 0) return 0;
  const exact = (tried / total) * 100;
  const rounded = Math.round(exact * 100) / 100;
  if (rounded >= 100) return 99.99;
  return rounded > 0 ? rounded : Number(exact.toPrecision(2));
}

/** The percentage as the page writes it: 0.01% → "0.01%", 0.000015 → "0.000015%" (never in e-notation). */
export function formatPercent(percent: number): string {
  return `${percent.toLocaleString('en-US', { maximumFractionDigits: 20 })}%`;
}
