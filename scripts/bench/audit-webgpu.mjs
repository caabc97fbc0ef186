#!/usr/bin/env node
// The WebGPU audit engine's throughput: HS256, HS384 and HS512 candidates per second on the adapter that
// headless Chromium offers with --enable-unsafe-webgpu (SwiftShader, a software adapter, on a machine
// without a GPU), brute-forcing the same tokens and space as audit-throughput.mjs does on the CPU.
// `measureWebgpuThroughput()` returns the figures for scripts/bench.mjs; run alone it prints them:
//   node scripts/bench/audit-webgpu.mjs [--no-build] [--only HS256,HS512]
// (JWT_LAB_AUDIT_BENCH_DIR moves its build out of node_modules/.cache, e.g. for a private run.)
import { mkdirSync, existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { findBrowser, isExecutable } from '../find-browser.mjs';
import { busiestCpuSeconds, threadTicks } from './audit-cpu.mjs';
import { AUDIT_ALGORITHMS, benchTokenFor } from './audit-throughput.mjs';
import { CHROMIUM_ARGS, newGuardedContext } from './browser.mjs';
import { BENCH_BASE } from './build.mjs';
import { startServer } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE = process.env.JWT_LAB_AUDIT_BENCH_DIR || join(ROOT, 'node_modules', '.cache');
const SOURCE_DIR = join(CACHE, 'jwt-lab-webgpu-bench-src');
const OUT_DIR = join(CACHE, 'jwt-lab-webgpu-bench');
const PAGE = 'audit-webgpu.html';

/** The bench's flags, plus the one that turns WebGPU on in headless mode. */
const WEBGPU_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--enable-unsafe-webgpu'];

/** bench-results.json keys of the WebGPU figures, by algorithm. */
export const WEBGPU_KEYS = {
  HS256: 'audit_webgpu_candidates_per_s',
  HS384: 'audit_webgpu_hs384_candidates_per_s',
  HS512: 'audit_webgpu_hs512_candidates_per_s',
};

function pageSource(workerPath) {
  const tokens = Object.fromEntries(AUDIT_ALGORITHMS.map(([alg]) => [alg, benchTokenFor(alg)]));
  return `import { startAudit, wrapWorker } from '@/audit/audit-runner';
import { createBruteForceSpace } from '@/audit/brute-force-space';
import { parseCrackTarget } from '@/audit/crack-target';
import { describeEngine } from '@/audit/webgpu/engine-choice';
import { probeGpuAdapter } from '@/lib/audit-engine';

const WARMUP_MS = 1000;
const MEASURE_MS = 3000;
const TOKENS = ${JSON.stringify(tokens)};
const space = createBruteForceSpace('abcdefghijklmnopqrstuvwxyz0123456789', 1, 8);
if (!space.ok) throw new Error('bench setup');

/** One GPU audit of the token, cancelled after warm-up plus the window: candidates/s over the window. */
function measure(token) {
  const target = parseCrackTarget(token);
  if (!target.ok) throw new Error('bench setup: ' + target.error.message);
  let first = null;
  let last = null;
  let done = false;
  const audit = startAudit(target.value, { kind: 'brute', space: space.value }, {
    workers: 1,
    spawn: () => wrapWorker(new Worker(new URL(${JSON.stringify(workerPath)}, import.meta.url), { type: 'module' })),
    now: () => performance.now(),
    onProgress: (progress) => {
      if (progress.elapsedMs >= WARMUP_MS && !first) {
        first = progress;
        window.__webgpuMark?.();
      }
      if (done) return;
      if (first) last = progress;
      if (first && progress.elapsedMs - first.elapsedMs >= MEASURE_MS) {
        done = true;
        Promise.resolve(window.__webgpuMark?.()).finally(() => audit.cancel());
      }
    },
  });
  return audit.outcome.then((outcome) => {
    if (!first || !last || last === first) throw new Error('no progress after warm-up: ' + outcome.kind);
    return {
      perSecond: ((last.tried - first.tried) * 1000) / (last.elapsedMs - first.elapsedMs),
      window: last.tried - first.tried,
    };
  });
}

(async () => {
  const adapter = await probeGpuAdapter();
  if (!adapter) {
    window.__webgpuBench = { adapter: null, results: {} };
    return;
  }
  const algs = (new URLSearchParams(location.search).get('algs') || 'HS256').split(',');
  const results = {};
  for (const alg of algs) results[alg] = await measure(TOKENS[alg]);
  window.__webgpuBench = { adapter, name: describeEngine({ kind: 'gpu', adapter }), results };
})().catch((error) => { window.__webgpuBenchError = String(error && error.stack || error); });
`;
}

/** Builds the bench page (the runner, the GPU worker and nothing else) with Vite into OUT_DIR. */
export async function buildWebgpuBench() {
  mkdirSync(SOURCE_DIR, { recursive: true });
  const workerPath = relative(SOURCE_DIR, join(ROOT, 'src', 'workers', 'audit-gpu.worker.ts'))
    .split('\\')
    .join('/');
  writeFileSync(join(SOURCE_DIR, 'audit-webgpu.js'), pageSource(workerPath));
  writeFileSync(
    join(SOURCE_DIR, PAGE),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>WebGPU audit throughput</title></head>' +
      '<body><script type="module" src="./audit-webgpu.js"></script></body></html>\n',
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

async function launchWebgpuBrowser() {
  let executablePath = '/usr/bin/chromium';
  try {
    executablePath = await findBrowser({ install: false });
  } catch (error) {
    if (!isExecutable(executablePath)) throw error;
  }
  return chromium.launch({ executablePath, args: WEBGPU_CHROMIUM_ARGS });
}

/** "SwiftShader (software adapter)" or the adapter's name, from the page's adapter summary. */
export function adapterLabel(adapter) {
  if (!adapter) return 'none';
  return adapter.software ? `${adapter.name} (software adapter)` : adapter.name;
}

/**
 * Measures the WebGPU engine for `algs` (all three by default); `{ build: false }` reuses the last bench
 * build. Without an adapter the figures are null and `audit_webgpu_adapter` is "none".
 */
export async function measureWebgpuThroughput({
  build: rebuild = true,
  algs = Object.keys(WEBGPU_KEYS),
} = {}) {
  if (rebuild || !existsSync(join(OUT_DIR, PAGE))) await buildWebgpuBench();
  const server = await startServer({ appDir: OUT_DIR, benchDir: OUT_DIR });
  const browser = await launchWebgpuBrowser();
  const blocked = [];
  const pageErrors = [];
  try {
    const context = await newGuardedContext(browser, server.origin, { blocked, pageErrors });
    const page = await context.newPage();
    // CPU seconds of the browser's busiest threads over each window: a software adapter runs on the CPU, and
    // on a shared machine candidates per CPU second say how fast the shader is, the wall-clock rate how busy
    // the machine was. (With a hardware adapter the figure means little.)
    const marks = [];
    await page.exposeFunction('__webgpuMark', () => marks.push(threadTicks(process.pid)));
    await page.goto(`${server.origin}${BENCH_BASE}${PAGE}?algs=${algs.join(',')}`);
    await page.waitForFunction(() => window.__webgpuBench || window.__webgpuBenchError, null, {
      timeout: 60_000 * algs.length,
      polling: 200,
    });
    const { result, error } = await page.evaluate(() => ({
      result: window.__webgpuBench,
      error: window.__webgpuBenchError,
    }));
    if (error || pageErrors.length)
      throw new Error(`WebGPU bench page failed: ${error ?? pageErrors.join('; ')}`);
    const figures = Object.entries(WEBGPU_KEYS).map(([alg, key]) => {
      const perSecond = result.results[alg]?.perSecond;
      return [key, perSecond === undefined ? null : Math.round(perSecond)];
    });
    const perCpuSecond = algs.map((alg, i) => {
      const [before, after] = [marks[2 * i], marks[2 * i + 1]];
      const cpuSeconds = before && after ? busiestCpuSeconds(before, after, availableParallelism() + 1) : 0;
      const window = result.results[alg]?.window;
      return [alg, cpuSeconds > 0 && window ? Math.round(window / cpuSeconds) : Number.NaN];
    });
    return {
      ...Object.fromEntries(figures),
      audit_webgpu_adapter: adapterLabel(result.adapter),
      // Not a bench-results.json key: candidates per CPU second of the browser's busiest threads.
      perCpuSecond: Object.fromEntries(perCpuSecond),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const argv = process.argv;
  const at = argv.indexOf('--only');
  const only = at >= 0 ? argv[at + 1] : undefined;
  const loadBefore = loadavg()[0];
  const result = await measureWebgpuThroughput({
    build: !argv.includes('--no-build'),
    ...(only ? { algs: only.split(',').map((alg) => alg.trim().toUpperCase()) } : {}),
  });
  for (const [alg, key] of Object.entries(WEBGPU_KEYS)) {
    if (result[key] == null) continue;
    console.log(
      `WebGPU audit ${alg}: ${result[key].toLocaleString('en-US')} candidates/s on ${result.audit_webgpu_adapter}`,
    );
  }
  console.log(
    `1-minute load average on ${availableParallelism()} cores: ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`,
  );
  console.log(JSON.stringify(result));
}
