#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, production build, end-to-end journeys — in that order,
// carrying on after a failure wherever the next step still tells us something. Ends with a
// per-suite table and exactly one final line `N passed, N failed`; exits 1 if anything failed.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  readJson,
  readText,
  summarizeNodeTest,
  summarizePlaywright,
  summarizeVitest,
} from './test-summaries.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = `${ROOT}test-results`;
const UNIT_JSON = `${RESULTS}/unit.json`;
const E2E_JSON = `${RESULTS}/e2e.json`;
const SCRIPTS_TAP = `${RESULTS}/scripts.tap`;

/**
 * The whole run's ceiling; later steps get what is left. The aim is well under 15 minutes on 2 cores;
 * with ~100 journeys (attacks, learn, offline, snippets added) the ceiling leaves room above that aim
 * rather than failing a green suite on a slow machine.
 */
const RUN_BUDGET_MS = 18 * 60_000;

/** The tooling's `*.test.mjs` files under scripts/, relative to the root. */
function scriptTests() {
  return readdirSync(`${ROOT}scripts`, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.test.mjs'))
    .map((path) => `scripts/${path}`)
    .sort();
}

/**
 * Steps run in order, except that steps sharing a `stage` run at the same time (each prints its output
 * whole once it ends): tsc and ESLint are single-threaded, so on 2 cores the pair takes as long as
 * ESLint alone (~30 s, not ~50 s).
 */
const STEPS = [
  {
    name: 'typecheck',
    stage: 'checks',
    command: 'npm',
    args: ['run', '--silent', 'typecheck'],
    capMs: 3 * 60_000,
  },
  { name: 'lint', stage: 'checks', command: 'npm', args: ['run', '--silent', 'lint'], capMs: 3 * 60_000 },
  {
    name: 'unit',
    command: 'npm',
    args: [
      'run',
      '--silent',
      'test:unit',
      '--',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${UNIT_JSON}`,
    ],
    // 3,800 tests, ~200 of them running the Verify-in-code programs in Node, Python, Ruby and Go.
    capMs: 6 * 60_000,
    report: UNIT_JSON,
    summarize: summarizeVitest,
  },
  {
    // The tooling's own tests (bench helpers, the hashcat peer): node:test, beside the scripts.
    name: 'scripts',
    command: process.execPath,
    args: [
      '--test',
      '--test-reporter=dot',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${SCRIPTS_TAP}`,
      // Named one by one: given the folder, node:test would also run test-all.mjs itself (`test-*.mjs`).
      ...scriptTests(),
    ],
    capMs: 2 * 60_000,
    report: SCRIPTS_TAP,
    read: readText,
    summarize: summarizeNodeTest,
  },
  { name: 'build', command: 'npm', args: ['run', '--silent', 'build'], capMs: 4 * 60_000 },
  {
    name: 'e2e',
    command: process.execPath,
    args: ['scripts/run-e2e.mjs', '--no-build'],
    capMs: 15 * 60_000,
    needs: 'build',
    report: E2E_JSON,
    summarize: summarizePlaywright,
  },
];

const running = new Set();
process.on('SIGINT', () => {
  for (const child of running) killGroup(child, 'SIGINT');
  process.exit(130);
});

/** Signals a detached child's whole process group (npm → sh → tool, Playwright → browsers). */
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Runs one step; resolves to { code, timedOut }. Alone, its output streams through; beside another
 * step (`buffered`), its output is kept and printed whole when it ends, so the two never interleave.
 */
function runStep(step, timeoutMs, buffered = false) {
  return new Promise((resolve) => {
    // Detached: a timeout can then end the step's whole process tree, not just npm.
    const stdio = buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit';
    const child = spawn(step.command, step.args, { cwd: ROOT, stdio, detached: true });
    running.add(child);
    const output = [];
    if (buffered) {
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\ntest-all: ${step.name} exceeded ${Math.round(timeoutMs / 1000)} s; stopping it`);
      // SIGINT, not SIGTERM: only on SIGINT does Playwright stop its preview server before exiting.
      killGroup(child, 'SIGINT');
      setTimeout(() => killGroup(child, 'SIGKILL'), 10_000).unref();
    }, timeoutMs);
    child.on('error', (error) =>
      console.error(`test-all: could not start ${step.command}: ${error.message}`),
    );
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      if (buffered) {
        console.log(`\n━━━ ${step.name} ━━━`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ code: code ?? (signal ? 1 : 0), timedOut });
    });
  });
}

/** Turns a step's exit (and JSON report, for test suites) into a summary row. */
function summarizeStep(step, { code, timedOut }, seconds) {
  const note = timedOut ? 'timed out' : '';
  if (!step.summarize) {
    const ok = code === 0 && !timedOut;
    return {
      name: step.name,
      result: ok ? 'ok' : 'FAILED',
      passed: ok ? 1 : 0,
      failed: ok ? 0 : 1,
      seconds,
      note,
    };
  }
  const {
    passed,
    failed,
    skipped,
    note: reportNote,
  } = step.summarize((step.read ?? readJson)(step.report), code);
  const notes = [note, reportNote, skipped ? `${skipped} skipped` : ''].filter(Boolean).join('; ');
  const result = failed > 0 || code !== 0 ? 'FAILED' : 'ok';
  return {
    name: step.name,
    result,
    passed,
    failed: Math.max(failed, result === 'FAILED' ? 1 : 0),
    seconds,
    note: notes,
  };
}

/** Prints the per-suite table. */
function printTable(rows) {
  const line = (cells) =>
    cells.map(([text, width, right]) => (right ? text.padStart(width) : text.padEnd(width))).join('  ');
  console.log(
    `\n${line([
      ['suite', 10],
      ['result', 7],
      ['passed', 6, true],
      ['failed', 6, true],
      ['time', 7, true],
    ])}  note`,
  );
  for (const row of rows) {
    const time = row.seconds == null ? '—' : `${row.seconds.toFixed(1)}s`;
    const cells = [
      [row.name, 10],
      [row.result, 7],
      [String(row.passed), 6, true],
      [String(row.failed), 6, true],
      [time, 7, true],
    ];
    console.log(`${line(cells)}  ${row.note}`.trimEnd());
  }
}

mkdirSync(RESULTS, { recursive: true });
const started = Date.now();
const rows = [];

/** Runs one step (or records why it cannot run) and adds its row. */
async function runAndRecord(step, buffered) {
  const blocker = step.needs && rows.find((row) => row.name === step.needs && row.result !== 'ok');
  const remaining = RUN_BUDGET_MS - (Date.now() - started);
  if (blocker || remaining < 10_000) {
    const note = blocker ? `skipped: ${step.needs} failed` : 'skipped: out of time';
    return { name: step.name, result: 'SKIPPED', passed: 0, failed: 1, seconds: null, note };
  }
  if (step.report) rmSync(step.report, { force: true }); // never read a previous run's results
  if (!buffered) console.log(`\n━━━ ${step.name} ━━━`);
  const stepStart = Date.now();
  const outcome = await runStep(step, Math.min(step.capMs, remaining), buffered);
  return summarizeStep(step, outcome, (Date.now() - stepStart) / 1000);
}

for (let index = 0; index < STEPS.length;) {
  // A stage: this step and the ones right after it that share its `stage`.
  let end = index + 1;
  while (STEPS[index].stage && STEPS[end]?.stage === STEPS[index].stage) end += 1;
  const stage = STEPS.slice(index, end);
  const together = stage.length > 1;
  // Rows keep STEPS' order, whichever step of a stage ends first.
  rows.push(...(await Promise.all(stage.map((step) => runAndRecord(step, together)))));
  index = end;
}

printTable(rows);
const passed = rows.reduce((sum, row) => sum + row.passed, 0);
const failed = rows.reduce((sum, row) => sum + row.failed, 0);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
