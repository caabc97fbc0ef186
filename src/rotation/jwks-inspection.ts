/**
 * Everything the JWKS inspector shows, computed in one call so that it can run in a worker: the key
 * table, the problems grouped by kind, and the cleaned public set. The parsed entries stay behind; only
 * what the page renders travels back.
 */
import { ok, type Result } from '@/core/errors';
import { cleanPublicJwks, inspectJwks, type JwksRow } from './jwks-inspect';
import { summarizeJwks, type JwksSummary } from './jwks-inspect-summary';

export interface JwksInspection {
  readonly rows: readonly JwksRow[];
  readonly summary: JwksSummary;
  /** The set as JSON with private members removed and secret or unusable entries dropped. */
  readonly cleaned: string;
}

/** Inspects JWKS text end to end; fails only when the text is not a set at all. */
export async function inspectJwksText(text: string): Promise<Result<JwksInspection>> {
  const report = await inspectJwks(text);
  if (!report.ok) return report;
  return ok({
    rows: report.value.rows,
    summary: summarizeJwks(report.value),
    cleaned: cleanPublicJwks(report.value),
  });
}
