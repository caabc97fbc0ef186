#!/usr/bin/env node
// The secret audit's throughput: HS256 candidates per second (1) with Node's crypto.createHmac on one core,
// and (2) with the app's audit engine (src/audit + src/workers/audit.worker.ts) on every core of headless
// Chromium, brute-forcing a space the secret is not in. `measureAuditThroughput()` returns both figures
// for scripts/bench.mjs; run alone (`node scripts/bench/audit-throughput.mjs [--no-build]`) it prints them.
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser, newGuardedContext } from './browser.mjs';
import { BENCH_BASE } from './build.mjs';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache');
const SOURCE_DIR = join(CACHE, 'jwt-lab-audit-bench-src');
const OUT_DIR = join(CACHE, 'jwt-lab-audit-bench');
const PAGE = 'audit-throughput.html';

/** jwt.io's classic example token (HS256, a 3-block signing input), the one both sides attack. */
export const BENCH_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.' +
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

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
  return `import { startAudit, wrapWorker } from '@/audit/audit-runner';
import { createBruteForceSpace } from '@/audit/brute-force-space';
import { parseCrackTarget } from '@/audit/crack-target';

const WARMUP_MS = 1000;
const MEASURE_MS = 3000;
const target = parseCrackTarget(${JSON.stringify(BENCH_TOKEN)});
const space = createBruteForceSpace('abcdefghijklmnopqrstuvwxyz0123456789', 1, 8);
if (!target.ok || !space.ok) throw new Error('bench setup');
const workers = navigator.hardwareConcurrency || 2;
let first = null;
let last = null;
const audit = startAudit(target.value, { kind: 'brute', space: space.value }, {
  workers,
  spawn: () => wrapWorker(new Worker(new URL(${JSON.stringify(workerPath)}, import.meta.url), { type: 'module' })),
  now: () => performance.now(),
  onProgress: (progress) => {
    if (progress.elapsedMs >= WARMUP_MS && !first) first = progress;
    if (first) last = progress;
    if (first && progress.elapsedMs - first.elapsedMs >= MEASURE_MS) audit.cancel();
  },
});
audit.outcome.then(
  (outcome) => {
    if (!first || !last || last === first) throw new Error('no progress after warm-up: ' + outcome.kind);
    const perSecond = ((last.tried - first.tried) * 1000) / (last.elapsedMs - first.elapsedMs);
    window.__auditBench = { perSecond, workers, tried: last.tried };
  },
).catch((error) => { window.__auditBenchError = String(error && error.stack || error); });
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

/** Loads the page in headless Chromium and returns its figure (candidates/s on all workers). */
async function runAuditPage({ timeoutMs = 60_000 } = {}) {
  const server = await startServer({ appDir: OUT_DIR, benchDir: OUT_DIR });
  const { browser } = await launchBrowser();
  const blocked = [];
  const pageErrors = [];
  try {
    const context = await newGuardedContext(browser, server.origin, { blocked, pageErrors });
    const page = await context.newPage();
    await page.goto(`${server.origin}${BENCH_BASE}${PAGE}`);
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
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Measures both figures; `{ build: false }` reuses the last bench build. */
export async function measureAuditThroughput({ build: rebuild = true } = {}) {
  if (rebuild || !existsSync(join(OUT_DIR, PAGE))) await buildAuditBench();
  const nodeHmac = measureNodeHmac();
  const page = await runAuditPage();
  return {
    audit_candidates_per_s: Math.round(page.perSecond),
    audit_workers: page.workers,
    node_hmac_per_s: Math.round(nodeHmac),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await measureAuditThroughput({ build: !process.argv.includes('--no-build') });
  console.log(
    `audit: ${result.audit_candidates_per_s.toLocaleString('en-US')} HS256 candidates/s on ${result.audit_workers} ` +
      `workers (headless Chromium); Node createHmac: ${result.node_hmac_per_s.toLocaleString('en-US')}/s on one core`,
  );
  console.log(JSON.stringify(result));
}
