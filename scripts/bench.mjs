#!/usr/bin/env node
// `npm run bench [-- --runs 7 --no-build --strict]`: performance figures against the production build,
// in headless Chromium. Debugger: initial JS/CSS of `/`, first paint, time to the verified example,
// decode+verify of 1 KB and 1 MB tokens, the longest task of a 1 MB paste and of a 1 MB hostile link. Encoder: the lazily loaded
// editor files (and that `/` requests none), time to an editable editor and to the first signed token,
// signToken per algorithm. Audit: HS256 candidates/s on every worker next to Node's createHmac.
// Prints a table with budgets and writes bench-results.json at the repo root.
//   --runs N     cold loads of `/` (default 7); /encoder loads and the decode+verify and sign pages
//                run ceil(N/2) times (they are slower and steadier); the audit runs once
//   --no-build   reuse the last bench builds in node_modules/.cache (after a first run)
//   --strict     exit 1 when a budget fails (otherwise only a failed bench exits 1)
//   --peers      also run hashcat -m 16500 -a 3 on the CPU over the audit's token and alphabet for the
//                same time, and print the ratio (skipped with a note when hashcat is not installed)
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measureRequested } from './bench/assets.mjs';
import { launchBrowser, newGuardedContext } from './bench/browser.mjs';
import { MANIFEST_FILE, SIGN_PAGE, buildApp, buildBenchPages } from './bench/build.mjs';
import { measureHostileLink, measurePasteFloor, runDebuggerOnce } from './bench/debugger-run.mjs';
import { BENCH_TOKEN, measureAuditThroughput } from './bench/audit-throughput.mjs';
import { measureWebgpuThroughput } from './bench/audit-webgpu.mjs';
import { findHashcat, measureHashcat } from './bench/hashcat-peer.mjs';
import { runDecodeVerifyOnce, runSignOnce } from './bench/decode-verify-run.mjs';
import { measureEditorChunks } from './bench/editor-chunks.mjs';
import { measureJwksInspector } from './bench/jwks-run.mjs';
import { measureStrengthCheck } from './bench/strength-run.mjs';
import { collectRootRequests, runEncoderOnce } from './bench/encoder-run.mjs';
import { formatEditorFiles, formatEncoderTable, summarizeEncoder } from './bench/report-encoder.mjs';
import {
  BUDGETS,
  extras,
  formatFiles,
  formatTable,
  formatWebgpuTable,
  summarize,
  summarizeWebgpu,
} from './bench/report.mjs';
import { startServer } from './bench/serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache');
const DIRS = { appDir: join(CACHE, 'jwt-lab-bench-app'), benchDir: join(CACHE, 'jwt-lab-bench') };
const RESULTS_FILE = join(ROOT, 'bench-results.json');

/** Reads `--runs N`, `--no-build`, `--strict` and `--peers`. */
export function parseArgs(argv) {
  const at = argv.findIndex((arg) => arg === '--runs' || arg.startsWith('--runs='));
  const given = at < 0 ? '7' : argv[at].includes('=') ? argv[at].slice('--runs='.length) : argv[at + 1];
  const runs = Number(given);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  return {
    runs,
    build: !argv.includes('--no-build'),
    strict: argv.includes('--strict'),
    peers: argv.includes('--peers'),
  };
}

const log = (message) => console.log(`bench: ${message}`);
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function buildAll(build) {
  const started = performance.now();
  // A build from before a page or the manifest was added does not count as reusable.
  const reusable = [
    join(DIRS.appDir, 'index.html'),
    join(DIRS.appDir, MANIFEST_FILE),
    join(DIRS.benchDir, SIGN_PAGE),
  ];
  if (!build && reusable.every((file) => existsSync(file))) {
    log('reusing the builds in node_modules/.cache (--no-build)');
    return;
  }
  log('building the app (vite build) and the bench page…');
  await buildApp(ROOT, DIRS.appDir);
  await buildBenchPages(ROOT, DIRS.benchDir);
  log(`built in ${seconds(started)}`);
}

/** Opens a fresh guarded context, runs `measure(context)` in it and closes it. */
async function inFreshContext(browser, origin, guards, measure) {
  const context = await newGuardedContext(browser, origin, guards);
  return measure(context).finally(() => context.close());
}

/** The Debugger's runs: cold loads of `/` (with their sizes), then the decode+verify and paste-floor pages. */
async function measureDebugger(browser, origin, guards, runs) {
  const debuggerRuns = [];
  const sizesPerRun = [];
  for (let run = 0; run < runs; run++) {
    const result = await inFreshContext(browser, origin, guards, (context) =>
      runDebuggerOnce(context, origin),
    );
    debuggerRuns.push(result);
    const sizes = await measureRequested(DIRS, origin, result.resources);
    if (sizes.totals.js.raw === 0) throw new Error('no script was seen loading before the verdict');
    sizesPerRun.push(sizes);
    log(
      `load ${run + 1}/${runs}: FCP ${result.fcpMs.toFixed(0)} ms, verified ${result.verifiedMs.toFixed(0)} ms, ` +
        `1 MB paste longest task ${result.longestTaskMs.toFixed(0)} ms`,
    );
  }
  const decodeRuns = [];
  const decodeCount = Math.ceil(runs / 2);
  for (let run = 0; run < decodeCount; run++) {
    const measure = async (context) => ({
      ...(await runDecodeVerifyOnce(context, origin)),
      pasteFloorMs: await measurePasteFloor(context, origin),
      hostileLinkMs: await measureHostileLink(context, origin),
      ...(await measureJwksInspector(context, origin)),
      ...(await measureStrengthCheck(context, origin)),
    });
    decodeRuns.push(await inFreshContext(browser, origin, guards, measure));
    log(`decode+verify and paste-floor pages ${run + 1}/${decodeCount} done`);
  }
  return { debuggerRuns, decodeRuns, sizesPerRun };
}

/** The Encoder's runs: `/`'s requests once, cold loads of `/encoder`, the editor's files, the sign page. */
async function measureEncoder(browser, origin, guards, count) {
  const rootRequests = await inFreshContext(browser, origin, guards, (c) => collectRootRequests(c, origin));
  const encoderRuns = [];
  for (let run = 0; run < count; run++) {
    const result = await inFreshContext(browser, origin, guards, (c) => runEncoderOnce(c, origin));
    encoderRuns.push(result);
    log(
      `/encoder ${run + 1}/${count}: editor ready ${result.editorReadyMs.toFixed(0)} ms, ` +
        `first token ${result.firstTokenMs.toFixed(0)} ms`,
    );
  }
  const encoderRequests = encoderRuns.flatMap((run) => run.requests);
  const editor = await measureEditorChunks(DIRS, origin, { rootRequests, encoderRequests });
  const signRuns = [];
  for (let run = 0; run < count; run++) {
    signRuns.push(await inFreshContext(browser, origin, guards, (c) => runSignOnce(c, origin)));
    log(`sign page ${run + 1}/${count}: ES256 ${signRuns[run].medianMs.ES256.toFixed(3)} ms`);
  }
  return { encoderRuns, editor, signRuns };
}

/** hashcat's figure beside the audit's (`--peers`), or nothing when hashcat is not installed. */
async function measurePeers() {
  if (!findHashcat()) {
    log('--peers: hashcat is not installed (Debian: apt-get install hashcat pocl-opencl-icd); skipped');
    return {};
  }
  log('hashcat -m 16500 -a 3 on the CPU, same token and alphabet (kernel compilation not counted)…');
  const hashcat = await measureHashcat({ token: BENCH_TOKEN, seconds: 8 });
  return { hashcat_candidates_per_s: hashcat.perSecond, hashcat_device: hashcat.device };
}

/** Runs every measurement; resolves to the exit code. */
export async function runBench(argv = []) {
  const options = parseArgs(argv);
  const started = performance.now();
  const loadAtStart = loadavg()[0];
  await buildAll(options.build);
  const server = await startServer(DIRS);
  const { browser, executablePath } = await launchBrowser();
  log(`Chromium at ${executablePath}; serving on ${server.origin}`);
  const guards = { blocked: [], pageErrors: [] };
  const { blocked, pageErrors } = guards;
  const slowCount = Math.ceil(options.runs / 2);
  let runs;
  try {
    runs = {
      ...(await measureDebugger(browser, server.origin, guards, options.runs)),
      ...(await measureEncoder(browser, server.origin, guards, slowCount)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
  // Alone, after the other browser has closed: the audit keeps every core busy.
  const loadBeforeAudit = loadavg()[0];
  log('audit throughput (its own build, Chromium and server)…');
  const audit = await measureAuditThroughput({ build: options.build });
  log('WebGPU audit throughput (its own build; Chromium with --enable-unsafe-webgpu)…');
  const webgpu = await measureWebgpuThroughput({ build: options.build });
  const peers = options.peers ? await measurePeers() : {};
  const { timestamp, ...debuggerFigures } = summarize(runs.debuggerRuns, runs.decodeRuns, runs.sizesPerRun);
  const results = {
    ...debuggerFigures,
    ...summarizeEncoder({ ...runs, audit }),
    ...peers,
    ...summarizeWebgpu(webgpu),
    timestamp,
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log('');
  console.log(
    formatTable(results, extras(runs.debuggerRuns, runs.decodeRuns), {
      debugger: options.runs,
      decode: runs.decodeRuns.length,
    }),
  );
  console.log('');
  console.log(formatFiles(runs.sizesPerRun[0]));
  console.log('');
  const signIterations = runs.signRuns[0]?.iterations;
  console.log(formatEncoderTable(results, { encoder: slowCount, sign: slowCount, signIterations }));
  console.log('');
  console.log(formatEditorFiles(runs.editor));
  console.log('');
  console.log(formatWebgpuTable(results));
  console.log('');
  // Other work on the machine moves every figure, the audit's and Node's most: say how busy it was.
  console.log(
    `1-minute load average on ${availableParallelism()} cores: ${loadAtStart.toFixed(1)} at the start, ` +
      `${loadBeforeAudit.toFixed(1)} before the audit, ${loadavg()[0].toFixed(1)} at the end`,
  );
  console.log('');
  if (blocked.length)
    console.log(
      `blocked ${blocked.length} request(s) to other origins:\n  ${[...new Set(blocked)].join('\n  ')}`,
    );
  else console.log('no request left the local server');
  if (pageErrors.length) console.log(`page errors:\n  ${[...new Set(pageErrors)].join('\n  ')}`);
  log(`wrote bench-results.json in ${seconds(started)}`);
  const failed = BUDGETS.filter((budget) => !budget.pass(results[budget.key]));
  return options.strict && failed.length > 0 ? 1 : 0;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  runBench(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      // Playwright quotes a failed fill's argument: a megabyte token would flood the terminal.
      console.error(
        `bench failed: ${text.replace(/[A-Za-z0-9_-]{300,}/g, (run) => `${run.slice(0, 40)}…(${run.length} chars)`)}`,
      );
      process.exitCode = 1;
    },
  );
}
