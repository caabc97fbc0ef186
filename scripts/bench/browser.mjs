// Headless Chromium for the bench: the project's browser finder, the same quiet flags as the
// end-to-end tests, and contexts that let nothing through but the bench's own server.
import { chromium } from '@playwright/test';
import { findBrowser, isExecutable } from '../find-browser.mjs';

/** Flags that keep Chromium offline apart from the page itself (and runnable as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const FALLBACK_BROWSER = '/usr/bin/chromium';

/** Resolves the Chromium executable with scripts/find-browser.mjs (never installing), else the Debian path. */
async function resolveExecutable() {
  try {
    return await findBrowser({ install: false });
  } catch (error) {
    if (isExecutable(FALLBACK_BROWSER)) return FALLBACK_BROWSER;
    throw error;
  }
}

/** Launches headless Chromium; resolves to `{ browser, executablePath }`. */
export async function launchBrowser() {
  const executablePath = await resolveExecutable();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return { browser, executablePath };
}

/**
 * A fresh context (cold cache) whose requests to anywhere but `origin` are aborted and appended to
 * `blocked`; uncaught page errors go to `pageErrors`. Viewport, locale and timezone are pinned.
 */
export async function newGuardedContext(browser, origin, { blocked, pageErrors }) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'America/New_York',
    colorScheme: 'light',
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
  return context;
}
