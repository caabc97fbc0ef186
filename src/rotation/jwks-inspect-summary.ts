/**
 * A large JWK Set in a few lines: how many keys of each type, and each kind of problem said once
 * for all the keys it concerns ("9,950 keys share kid …") instead of once per key.
 */
import { DUPLICATE_KID_REASONS, type ProblemSeverity } from './jwks-checks';
import type { JwksReport } from './jwks-inspect';

/** One kind of problem and every key it concerns. */
export interface JwksProblemGroup {
  readonly severity: ProblemSeverity;
  readonly message: string;
  /** 0-based positions of the keys concerned, ascending; empty for a problem of the set itself. */
  readonly keyIndexes: readonly number[];
  /** The kid, when the group concerns one key that has one. */
  readonly kid?: string;
}

export interface JwksSummary {
  readonly keyCount: number;
  /** Key types by how many keys have them, most first (`?` for entries without a string kty). */
  readonly keyTypes: readonly (readonly [kty: string, count: number])[];
  readonly errorCount: number;
  readonly warningCount: number;
  /** Errors first, then warnings; within each, in the order first found. */
  readonly groups: readonly JwksProblemGroup[];
}

const COUNT = new Intl.NumberFormat('en-US');

/** Formats a count the way the page does everywhere: `9,950`. */
export function formatKeyCount(count: number): string {
  return COUNT.format(count);
}

/** Totals and problems grouped by kind, in one pass over the report (linear in its size). */
export function summarizeJwks(report: JwksReport): JwksSummary {
  const types = new Map<string, number>();
  for (const row of report.rows) types.set(row.kty ?? '?', (types.get(row.kty ?? '?') ?? 0) + 1);
  const groups = new Map<
    string,
    { severity: ProblemSeverity; message: string; keyIndexes: number[]; kid?: string }
  >();
  let errorCount = 0;
  for (const problem of report.problems) {
    if (problem.severity === 'error') errorCount += 1;
    const { duplicateOf, kid, keyIndex, severity } = problem;
    // Duplicates of one kid form one group, first key included; other problems group by message.
    const id =
      duplicateOf === undefined ? `${severity}\0${problem.message}` : `${severity}\0${duplicateOf}\0dup`;
    let group = groups.get(id);
    if (!group) {
      group = {
        severity,
        message: problem.message,
        keyIndexes: duplicateOf === undefined ? [] : [duplicateOf],
      };
      if (kid !== undefined) group.kid = kid;
      groups.set(id, group);
    } else if (duplicateOf === undefined) delete group.kid; // different keys: no one kid to name
    if (keyIndex !== undefined) group.keyIndexes.push(keyIndex);
    if (duplicateOf !== undefined)
      group.message = `${formatKeyCount(group.keyIndexes.length)} keys share kid "${kid ?? ''}": ${DUPLICATE_KID_REASONS[severity]}`;
  }
  const all = [...groups.values()];
  return {
    keyCount: report.rows.length,
    keyTypes: [...types.entries()].sort((a, b) => b[1] - a[1]),
    errorCount,
    warningCount: report.problems.length - errorCount,
    groups: [...all.filter((g) => g.severity === 'error'), ...all.filter((g) => g.severity === 'warning')],
  };
}

/** Where a group of problems is: `The set`, `Key 3 (kid "a")`, or `Keys 1, 51, 52, 53, 54 and 9,945 more`. */
export function describeProblemPlace(group: JwksProblemGroup, listed = 5): string {
  const { keyIndexes } = group;
  const [only] = keyIndexes;
  if (only === undefined) return 'The set';
  if (keyIndexes.length === 1)
    return `Key ${only + 1}${group.kid === undefined ? '' : ` (kid "${group.kid}")`}`;
  const shown = keyIndexes.slice(0, listed).map((index) => formatKeyCount(index + 1));
  const more = keyIndexes.length - shown.length;
  if (more === 0) return `Keys ${shown.slice(0, -1).join(', ')} and ${shown.at(-1) ?? ''}`;
  return `Keys ${shown.join(', ')} and ${formatKeyCount(more)} more`;
}
