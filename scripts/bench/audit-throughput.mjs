#!/usr/bin/env node
// The secret audit's throughput: HS256 candidates per second (1) with Node's crypto.createHmac on one core,
// and (2) with the app's audit engine (src/audit + src/workers/audit.worker.ts) on every core of headless
// Chromium, brute-forcing a space the secret is not in, for HS256, HS384 and HS512 tokens one after the
// other. `measureAuditThroughput()` returns the figures for scripts/bench.mjs; run alone it prints them:
//   node scripts/bench/audit-throughput.mjs [--no-build] [--only HS384,HS512] [--no-node]
// (JWT_LAB_AUDIT_BENCH_DIR moves its build out of node_modules/.cache, e.g. for a private run.)
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { busiestCpuSeconds, threadTicks } from './audit-cpu.mjs';
import { launchBrowser, newGuardedContext } from './browser.mjs';
import { BENCH_BASE } from './build.mjs';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = process.env.JWT_LAB_AUDIT_BENCH_DIR || join(ROOT, 'node_modules', '.cache');
const SOURCE_DIR = join(CACHE, 'jwt-lab-audit-bench-src');
const OUT_DIR = join(CACHE, 'jwt-lab-audit-bench');
const PAGE = 'audit-throughput.html';

/** jwt.io's classic example token (HS256, a 3-block signing input), the one both sides attack. */
export const BENCH_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.' +
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

const BENCH_PAYLOAD = BENCH_TOKEN.split('.')[1];
/** jwt.io's secret: outside the bench's a–z0–9 space, so every run tries the whole measuring window. */
const BENCH_SECRET = 'your-256-bit-secret';

/** The HS384 or HS512 twin of BENCH_TOKEN: same payload and secret, that algorithm in the header. */
export function benchTokenFor(alg) {
  if (alg === 'HS256') return BENCH_TOKEN;
  const header = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
  const input = `${header}.${BENCH_PAYLOAD}`;
  const hash = { HS384: 'sha384', HS512: 'sha512' }[alg];
  return `${input}.${createHmac(hash, BENCH_SECRET).update(input).digest('base64url')}`;
}

/** The algorithms the bench measures, in order, with their bench-results.json keys. */
export const AUDIT_ALGORITHMS = [
  ['HS256', 'audit_candidates_per_s'],
  ['HS384', 'audit_hs384_candidates_per_s'],
  ['HS512', 'audit_hs512_candidates_per_s'],
];

/** Candidates per second of Node's createHmac('sha256') on one core, 8-character keys, over `ms`. */
export function measureNodeHmac(ms = 2000) {
  const message = BENCH_TOKEN.slice(0, BENCH_TOKEN.lastIndexOf('.'));
  const key = Buffer.from('aaaaaaaa');
  const run = (duration) => {
    let count = 0;
    const started = performance.now();
    while (performance.now() - started < duration) {
      for (let i = 0; i < 1000; i++) {
        key[7] = 97 + (i % 26);
        key[6] = 97 + (count % 26);
        createHmac('sha256', key).update(message).digest();
      }
      count += 1000;
    }
    return (count * 1000) / (performance.now() - started);
  };
  run(300);
  return run(ms);
}

function pageSource(workerPath) {
  const tokens = Object.fromEntries(AUDIT_ALGORITHMS.map(([alg]) => [alg, benchTokenFor(alg)]));
  return `import { startAudit, wrapWorker } from '@/audit/audit-runner';
import { createBruteForceSpace } from '@/audit/brute-force-space';
import { parseCrackTarget } from '@/audit/crack-target';

const WARMUP_MS = 1000;
const MEASURE_MS = 3000;
const TOKENS = ${JSON.stringify(tokens)};
const space = createBruteForceSpace('abcdefghijklmnopqrstuvwxyz0123456789', 1, 8);
if (!space.ok) throw new Error('bench setup');
const workers = navigator.hardwareConcurrency || 2;

/** One audit of the token, cancelled after warm-up plus the measuring window: candidates/s over the window. */
function measure(token) {
  const target = parseCrackTarget(token);
  if (!target.ok) throw new Error('bench setup: ' + target.error.message);
  let first = null;
  let last = null;
  let done = false;
  const audit = startAudit(target.value, { kind: 'brute', space: space.value }, {
    workers,
    spawn: () => wrapWorker(new Worker(new URL(${JSON.stringify(workerPath)}, import.meta.url), { type: 'module' })),
    now: () => performance.now(),
    onProgress: (progress) => {
      if (progress.elapsedMs >= WARMUP_MS && !first) {
        first = progress;
        window.__auditMark?.('start');
      }
      if (done) return;
      if (first) last = progress;
      if (first && progress.elapsedMs - first.elapsedMs >= MEASURE_MS) {
        // Sample the workers' CPU time before cancelling ends their threads.
        done = true;
        Promise.resolve(window.__auditMark?.('end')).finally(() => audit.cancel());
      }
    },
  });
  return audit.outcome.then((outcome) => {
    if (!first || !last || last === first) throw new Error('no progress after warm-up: ' + outcome.kind);
    return { perSecond: ((last.tried - first.tried) * 1000) / (last.elapsedMs - first.elapsedMs), window: last.tried - first.tried };
  });
}

(async () => {
  const algs = (new URLSearchParams(location.search).get('algs') || 'HS256').split(',');
  const results = {};
  for (const alg of algs) results[alg] = await measure(TOKENS[alg]);
  window.__auditBench = { results, workers };
})().catch((error) => { window.__auditBenchError = String(error && error.stack || error); });
`;
}

/** Builds the bench page (the audit runner, its worker and nothing else) with Vite into OUT_DIR. */
export async function buildAuditBench() {
  mkdirSync(SOURCE_DIR, { recursive: true });
  const workerPath = relative(SOURCE_DIR, join(ROOT, 'src', 'workers', 'audit.worker.ts'))
    .split('\\')
    .join('/');
  writeFileSync(join(SOURCE_DIR, 'audit-throughput.js'), pageSource(workerPath));
  writeFileSync(
    join(SOURCE_DIR, PAGE),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>audit throughput</title></head>' +
      '<body><script type="module" src="./audit-throughput.js"></script></body></html>\n',
  );
  await build({
    root: SOURCE_DIR,
    configFile: false,
    base: BENCH_BASE,
    publicDir: false,
    logLevel: 'warn',
    resolve: { alias: { '@': join(ROOT, 'src') } },
    worker: { format: 'es' },
    build: {
      outDir: OUT_DIR,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: join(SOURCE_DIR, PAGE) },
    },
  });
}

/** Loads the page in headless Chromium for `algs`; returns `{ results: { [alg]: { perSecond } }, workers }`. */
async function runAuditPage(algs, { timeoutMs = 30_000 * algs.length } = {}) {
  const server = await startServer({ appDir: OUT_DIR, benchDir: OUT_DIR });
  const { browser } = await launchBrowser();
  const blocked = [];
  const pageErrors = [];
  try {
    const context = await newGuardedContext(browser, server.origin, { blocked, pageErrors });
    const page = await context.newPage();
    // The worker threads' CPU seconds at the start and end of each measuring window: on a loaded machine
    // the wall-clock rate says how busy the machine was; candidates per CPU second say how fast the code is.
    const marks = [];
    await page.exposeFunction('__auditMark', () => marks.push(threadTicks(process.pid)));
    await page.goto(`${server.origin}${BENCH_BASE}${PAGE}?algs=${algs.join(',')}`);
    await page.waitForFunction(() => window.__auditBench || window.__auditBenchError, null, {
      timeout: timeoutMs,
      polling: 200,
    });
    const { result, error } = await page.evaluate(() => ({
      result: window.__auditBench,
      error: window.__auditBenchError,
    }));
    if (error || pageErrors.length)
      throw new Error(`audit bench page failed: ${error ?? pageErrors.join('; ')}`);
    algs.forEach((alg, i) => {
      const [before, after] = [marks[2 * i], marks[2 * i + 1]];
      const cpuSeconds = before && after ? busiestCpuSeconds(before, after, result.workers) : 0;
      // NaN without /proc (not Linux) or without both marks.
      result.results[alg].perCpuSecond =
        cpuSeconds > 0 ? result.results[alg].window / cpuSeconds : Number.NaN;
    });
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Measures the audit for `algs` (all three by default) and Node's createHmac baseline (`node: false`
 * skips it); `{ build: false }` reuses the last bench build. Keys as in AUDIT_ALGORITHMS.
 */
export async function measureAuditThroughput({
  build: rebuild = true,
  algs = AUDIT_ALGORITHMS.map(([alg]) => alg),
  node = true,
} = {}) {
  if (rebuild || !existsSync(join(OUT_DIR, PAGE))) await buildAuditBench();
  const nodeHmac = node ? measureNodeHmac() : Number.NaN;
  const page = await runAuditPage(algs);
  const figures = AUDIT_ALGORITHMS.filter(([alg]) => page.results[alg]).map(([alg, key]) => [
    key,
    Math.round(page.results[alg].perSecond),
  ]);
  const perCpuSecond = AUDIT_ALGORITHMS.filter(([alg]) => page.results[alg]).map(([alg]) => [
    alg,
    Math.round(page.results[alg].perCpuSecond),
  ]);
  return {
    ...Object.fromEntries(figures),
    audit_workers: page.workers,
    ...(node ? { node_hmac_per_s: Math.round(nodeHmac) } : {}),
    // Not a bench-results.json key: candidates per CPU second of the worker threads.
    perCpuSecond: Object.fromEntries(perCpuSecond),
  };
}

/** The value after `--flag` in argv, or undefined. */
const argAfter = (argv, flag) => {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv;
  const only = argAfter(argv, '--only');
  const loadBefore = loadavg()[0];
  const result = await measureAuditThroughput({
    build: !argv.includes('--no-build'),
    ...(only ? { algs: only.split(',').map((alg) => alg.trim().toUpperCase()) } : {}),
    node: !argv.includes('--no-node'),
  });
  for (const [alg, key] of AUDIT_ALGORITHMS) {
    if (result[key] === undefined) continue;
    console.log(
      `audit ${alg}: ${result[key].toLocaleString('en-US')} candidates/s on ${result.audit_workers} workers ` +
        `(headless Chromium); ${result.perCpuSecond[alg].toLocaleString('en-US')} per CPU second of its workers`,
    );
  }
  if (result.node_hmac_per_s !== undefined)
    console.log(`Node createHmac HS256: ${result.node_hmac_per_s.toLocaleString('en-US')}/s on one core`);
  console.log(
    `1-minute load average on ${availableParallelism()} cores: ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
  );
  console.log(JSON.stringify(result));
}
