#!/usr/bin/env node
// Finds a Chromium for Playwright without ever downloading one (this machine cannot reach
// Playwright's CDN, so `playwright install` is never called). Usable as a module or on its own:
//   node scripts/find-browser.mjs [--no-install]   → prints the path, or one line of advice and exits 1
import { execFileSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Env vars a user can set to pick the browser; checked before anything else. */
export const OVERRIDE_VARS = ['CHROME_PATH', 'PLAYWRIGHT_CHROMIUM_PATH'];

/** Well-known system locations, in order of preference. */
export const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Command names looked up on PATH when none of SYSTEM_PATHS exists. */
export const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export const NOT_FOUND_MESSAGE =
  'No Chromium found: install one with `sudo apt-get install chromium` or `npx playwright install chromium`, or set CHROME_PATH.';

/** Returns true when `file` is an existing executable regular file. */
export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Returns Playwright's own managed Chromium if it has been downloaded, else null. */
export async function findManagedChromium() {
  // node_modules may not exist yet (a clean clone before `npm ci`), so import lazily and forgive.
  for (const name of ['playwright-core', '@playwright/test']) {
    try {
      const { chromium } = await import(name);
      const file = chromium.executablePath();
      return file && isExecutable(file) ? file : null;
    } catch {
      // try the next package
    }
  }
  return null;
}

/** Returns the first Chromium/Chrome in SYSTEM_PATHS or on PATH, else null. */
export function findSystemChromium(env = process.env) {
  const fixed = SYSTEM_PATHS.find(isExecutable);
  if (fixed) return fixed;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of PATH_NAMES) {
    const hit = dirs.map((dir) => join(dir, name)).find(isExecutable);
    if (hit) return hit;
  }
  return null;
}

/** Returns true when this process may install Debian packages itself. */
function canAptInstall() {
  return process.platform === 'linux' && process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get');
}

/** Installs Debian's chromium with apt-get, echoing each command (throws if apt-get fails). */
function aptInstallChromium(log) {
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    log(`find-browser: no Chromium found; running: apt-get ${args.join(' ')}`);
    execFileSync('apt-get', args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
}

/**
 * Resolves a Chromium executable: env override, Playwright's managed build, system install, then
 * (as root with apt-get, unless `install` is false) apt-get install chromium. Throws with
 * NOT_FOUND_MESSAGE, or with a message naming a bad override, when nothing usable is found.
 */
export async function findBrowser({ install = true, env = process.env, log = console.error } = {}) {
  for (const name of OVERRIDE_VARS) {
    const file = env[name];
    if (!file) continue;
    if (isExecutable(file)) return file;
    throw new Error(`${name}=${file} is not an executable file: fix it or unset it.`);
  }
  const found = (await findManagedChromium()) ?? findSystemChromium(env);
  if (found) return found;
  if (install && canAptInstall()) {
    aptInstallChromium(log);
    const installed = findSystemChromium(env);
    if (installed) return installed;
  }
  throw new Error(NOT_FOUND_MESSAGE);
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  try {
    const file = await findBrowser({ install: !process.argv.includes('--no-install') });
    process.stdout.write(`${file}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
