/** Where an audit stands, for the progress bar. */
export interface AuditProgress {
  readonly tried: number;
  readonly total: number;
  readonly elapsedMs: number;
  /** Candidates per second so far (0 until time has passed). */
  readonly perSecond: number;
  /** Time left at the current rate, or null while there is no rate yet. */
  readonly etaMs: number | null;
}

/** Summarizes counts and elapsed time into rate and time left. */
export function summarizeProgress(tried: number, total: number, elapsedMs: number): AuditProgress {
  const perSecond = elapsedMs > 0 ? (tried * 1000) / elapsedMs : 0;
  const etaMs = perSecond > 0 ? ((total - tried) * 1000) / perSecond : null;
  return { tried, total, elapsedMs, perSecond, etaMs };
}
