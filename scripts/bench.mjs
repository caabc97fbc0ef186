#!/usr/bin/env node
// `npm run bench [-- --runs 7 --no-build --strict]`: the Debugger's performance figures against the
// production build, in headless Chromium — initial JS/CSS of `/`, first paint, time to the verified
// example, decode+verify of 1 KB and 1 MB tokens in the browser, and the longest task of a 1 MB paste.
// Prints a table with budgets and writes bench-results.json at the repo root.
//   --runs N     cold loads of `/` (default 7); the decode+verify page runs ceil(N/2) times
//   --no-build   reuse the last bench builds in node_modules/.cache (after a first run)
//   --strict     exit 1 when a budget fails (otherwise only a failed bench exits 1)
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measureRequested } from './bench/assets.mjs';
import { launchBrowser, newGuardedContext } from './bench/browser.mjs';
import { buildApp, buildBenchPages } from './bench/build.mjs';
import { measurePasteFloor, runDebuggerOnce } from './bench/debugger-run.mjs';
import { runDecodeVerifyOnce } from './bench/decode-verify-run.mjs';
import { BUDGETS, extras, formatFiles, formatTable, summarize } from './bench/report.mjs';
import { startServer } from './bench/serve.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache');
const DIRS = { appDir: join(CACHE, 'jwt-lab-bench-app'), benchDir: join(CACHE, 'jwt-lab-bench') };
const RESULTS_FILE = join(ROOT, 'bench-results.json');

/** Reads `--runs N`, `--no-build` and `--strict`. */
export function parseArgs(argv) {
  const at = argv.findIndex((arg) => arg === '--runs' || arg.startsWith('--runs='));
  const given = at < 0 ? '7' : argv[at].includes('=') ? argv[at].slice('--runs='.length) : argv[at + 1];
  const runs = Number(given);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  return { runs, build: !argv.includes('--no-build'), strict: argv.includes('--strict') };
}

const log = (message) => console.log(`bench: ${message}`);
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function buildAll(build) {
  const started = performance.now();
  if (!build && existsSync(join(DIRS.appDir, 'index.html')) && existsSync(DIRS.benchDir)) {
    log('reusing the builds in node_modules/.cache (--no-build)');
    return;
  }
  log('building the app (vite build) and the bench page…');
  await buildApp(ROOT, DIRS.appDir);
  await buildBenchPages(ROOT, DIRS.benchDir);
  log(`built in ${seconds(started)}`);
}

/** Runs every measurement; resolves to the exit code. */
export async function runBench(argv = []) {
  const options = parseArgs(argv);
  const started = performance.now();
  await buildAll(options.build);
  const server = await startServer(DIRS);
  const { browser, executablePath } = await launchBrowser();
  log(`Chromium at ${executablePath}; serving on ${server.origin}`);
  const blocked = [];
  const pageErrors = [];
  try {
    const debuggerRuns = [];
    const sizesPerRun = [];
    for (let run = 0; run < options.runs; run++) {
      const context = await newGuardedContext(browser, server.origin, { blocked, pageErrors });
      const result = await runDebuggerOnce(context, server.origin).finally(() => context.close());
      debuggerRuns.push(result);
      const sizes = await measureRequested(DIRS, server.origin, result.resources);
      if (sizes.totals.js.raw === 0) throw new Error('no script was seen loading before the verdict');
      sizesPerRun.push(sizes);
      log(
        `load ${run + 1}/${options.runs}: FCP ${result.fcpMs.toFixed(0)} ms, verified ${result.verifiedMs.toFixed(0)} ms, ` +
          `1 MB paste longest task ${result.longestTaskMs.toFixed(0)} ms`,
      );
    }
    const decodeRuns = [];
    const decodeCount = Math.ceil(options.runs / 2);
    for (let run = 0; run < decodeCount; run++) {
      const context = await newGuardedContext(browser, server.origin, { blocked, pageErrors });
      const measure = async () => ({
        ...(await runDecodeVerifyOnce(context, server.origin)),
        pasteFloorMs: await measurePasteFloor(context, server.origin),
      });
      decodeRuns.push(await measure().finally(() => context.close()));
      log(`decode+verify and paste-floor pages ${run + 1}/${decodeCount} done`);
    }
    const results = summarize(debuggerRuns, decodeRuns, sizesPerRun);
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
    console.log('');
    console.log(
      formatTable(results, extras(debuggerRuns, decodeRuns), { debugger: options.runs, decode: decodeCount }),
    );
    console.log('');
    console.log(formatFiles(sizesPerRun[0]));
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
  } finally {
    await browser.close();
    await server.close();
  }
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
