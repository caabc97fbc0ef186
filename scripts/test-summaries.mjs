// How `npm test` counts each suite's report: Vitest's and Playwright's JSON, node:test's TAP summary.
import { readFileSync } from 'node:fs';

/** Returns the parsed JSON file, or null when it is missing or unreadable. */
export function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts a Vitest JSON report; a file that failed to load counts as one failure of its own. */
export function summarizeVitest(report, code) {
  if (!report) return { passed: 0, failed: 1, note: `no JSON report (exit ${code})` };
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  ).length;
  const failed = (report.numFailedTests ?? 0) + brokenFiles;
  let note = code !== 0 && failed === 0 ? `exit ${code}` : '';
  if (brokenFiles) note = `${brokenFiles} test file(s) failed to run`;
  else if (report.numTotalTests === 0) note = 'no tests found';
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return { passed: report.numPassedTests ?? 0, failed, skipped, note };
}

/** Returns the file's text, or null when it is missing. */
export function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Counts node:test's TAP summary (`# pass N`, `# fail N`, …); cancelled tests count as failures. */
export function summarizeNodeTest(tap, code) {
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap ?? '')?.[1] ?? Number.NaN);
  const [pass, fail, cancelled, skipped, todo] = ['pass', 'fail', 'cancelled', 'skipped', 'todo'].map(count);
  if (!Number.isFinite(pass)) return { passed: 0, failed: 1, note: `no TAP summary (exit ${code})` };
  const failed = fail + cancelled;
  const note = code !== 0 && failed === 0 ? `exit ${code}` : pass === 0 ? 'no tests found' : '';
  return { passed: pass, failed, skipped: skipped + todo, note };
}

/** Counts a Playwright JSON report; errors outside tests (web server, config) count as failures. */
export function summarizePlaywright(report, code) {
  if (!report?.stats) return { passed: 0, failed: 1, note: `no JSON report (exit ${code})` };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  const globalErrors = (report.errors ?? []).length;
  const note = globalErrors
    ? `${globalErrors} error(s) outside tests`
    : code !== 0 && unexpected === 0
      ? `exit ${code}`
      : '';
  return { passed: expected, failed: unexpected + flaky + globalErrors, skipped, note };
}
