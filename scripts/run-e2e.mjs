#!/usr/bin/env node
// `npm run test:e2e [-- <playwright args>]`: finds a Chromium (never downloads one), builds the app
// unless told not to, then runs the Playwright journeys against `vite preview`.
//   --no-build   skip `vite build` (scripts/test-all.mjs has just built)
// Any other argument goes to `playwright test` unchanged, e.g. `npm run test:e2e -- e2e/smoke.spec.ts`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findBrowser } from './find-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** Runs a command with inherited stdio in the repo root; resolves to its exit code. */
export function runCommand(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    // Ctrl-C already reaches the child through the process group; a second SIGINT would make
    // Playwright skip its cleanup, so only SIGTERM is forwarded and SIGINT just keeps us alive.
    const forward = (signal) => signal === 'SIGTERM' && child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('error', (error) => {
      console.error(`run-e2e: could not start ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Finds the browser, optionally builds, runs `playwright test`; resolves to an exit code. */
export async function runE2e(argv = []) {
  const build = !argv.includes('--no-build');
  const playwrightArgs = argv.filter((arg) => arg !== '--no-build');
  let browser;
  try {
    browser = process.env.JWT_LAB_CHROMIUM || (await findBrowser());
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  console.log(`run-e2e: Chromium at ${browser}`);
  if (build) {
    // JWT_LAB_DIST lets two runs on one machine keep their builds apart (CI uses the default, dist/).
    const outDir = process.env.JWT_LAB_DIST;
    const code = await runCommand('npm', [
      'run',
      '--silent',
      'build',
      ...(outDir ? ['--', '--outDir', outDir, '--emptyOutDir'] : []),
    ]);
    if (code !== 0) return code;
  }
  const cli = require.resolve('@playwright/test/cli');
  return runCommand(process.execPath, [cli, 'test', ...playwrightArgs], {
    ...process.env,
    JWT_LAB_CHROMIUM: browser,
  });
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) process.exitCode = await runE2e(process.argv.slice(2));
