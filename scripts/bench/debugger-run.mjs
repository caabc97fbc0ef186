// One cold load of the debugger (`/`): paint and verdict times, what was downloaded before the
// verdict, then the longest main-thread task while a 1 MB token is pasted.
import { BENCH_BASE, PASTE_FLOOR_PAGE } from './build.mjs';
import { preparePaste } from './paste.mjs';
import { createHmacToken } from './token.mjs';

const VERIFIED = '[data-testid="verify-status"][data-state="verified"]';
const SETTLED_VERIFIED = `${VERIFIED}:not([aria-busy="true"])`;

/**
 * Runs in the page before any of its scripts: records when the verdict first shows `verified` and
 * every long task (Chromium's Long Tasks API) and long animation frame, on `window.__bench`.
 */
export function installProbes() {
  const probe = { verifiedAt: null, longTasks: [], longFrames: [] };
  window.__bench = probe;
  const observe = (type, list) => {
    try {
      new PerformanceObserver((entries) => {
        for (const { startTime, duration } of entries.getEntries()) list.push({ startTime, duration });
      }).observe({ type, buffered: true });
    } catch {
      // an entry type this browser lacks just stays empty
    }
  };
  observe('longtask', probe.longTasks);
  observe('long-animation-frame', probe.longFrames);
  const check = () => {
    const verdict = document.querySelector('[data-testid="verify-status"][data-state="verified"]');
    if (!verdict || !verdict.checkVisibility()) return;
    probe.verifiedAt = performance.now();
    watcher.disconnect();
  };
  const watcher = new MutationObserver(check);
  watcher.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    // class/style/hidden too: the verdict may turn visible without its data-state changing.
    attributeFilter: ['data-state', 'class', 'style', 'hidden'],
  });
}

/**
 * Longest task after the one that carried the paste itself (text insertion into the textarea is the
 * browser's work, measured separately as the floor): what the app does with the pasted megabyte.
 */
export function longestAfterFirst(entries, since) {
  const after = entries.filter((entry) => entry.startTime >= since).sort((a, b) => a.startTime - b.startTime);
  return after.slice(1).reduce((max, entry) => Math.max(max, entry.duration), 0);
}

/** Longest `duration` among entries that started at or after `since` (0 when none). */
export function longestSince(entries, since) {
  return entries
    .filter((entry) => entry.startTime >= since)
    .reduce((max, entry) => Math.max(max, entry.duration), 0);
}

/** Loads `/` in a fresh page and measures the first-load figures; resolves to the page and the figures. */
async function measureLoad(context, origin, timeoutMs) {
  const page = await context.newPage();
  await page.addInitScript(installProbes);
  await page.goto(`${origin}/`, { waitUntil: 'commit', timeout: timeoutMs });
  await page
    .waitForFunction(() => window.__bench.verifiedAt !== null, null, { timeout: timeoutMs, polling: 50 })
    .catch(async (error) => {
      const state = await page
        .getByTestId('verify-status')
        .getAttribute('data-state', { timeout: 1000 })
        .catch(() => null);
      throw new Error(
        `the debugger showed no verified example within ${timeoutMs} ms (verify-status data-state: ${state ?? 'absent'})`,
        { cause: error },
      );
    });
  const load = await page.evaluate(async () => {
    const deadline = performance.now() + 5000;
    let fcp = performance.getEntriesByName('first-contentful-paint')[0];
    while (!fcp && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      fcp = performance.getEntriesByName('first-contentful-paint')[0];
    }
    const { verifiedAt } = window.__bench;
    const resources = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= verifiedAt)
      .map((entry) => ({ url: entry.name, resourceType: entry.initiatorType }));
    return { fcpMs: fcp ? fcp.startTime : Number.NaN, verifiedMs: verifiedAt, resources };
  });
  return { page, ...load };
}

/**
 * Empties the token (verdict `error`), gives our own HMAC secret in the encoding the page has
 * selected, then pastes a ~1 MB HS256 token signed with it and waits for the settled `verified`
 * verdict. The detour through `error` makes the final `verified` unambiguous: the example's own
 * verdict was `verified` too.
 */
async function measurePaste(page, timeoutMs) {
  const tokenInput = page.getByTestId('token-input');
  await tokenInput.fill('');
  await page.locator('[data-testid="verify-status"][data-state="error"]').waitFor({ timeout: timeoutMs });
  const encoding = await page.getByTestId('secret-encoding').inputValue();
  const { token, keyText } = createHmacToken({ claimBytes: 750_000, encoding });
  await page.getByTestId('key-input').fill(keyText);
  const paste = await preparePaste(page, tokenInput, token);
  await page.waitForTimeout(300); // let the key's own work finish before the measured window opens
  const since = await page.evaluate(() => performance.now());
  const pasteMethod = await paste();
  await page.locator(SETTLED_VERIFIED).waitFor({ timeout: timeoutMs });
  const settledAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(400); // rendering after the verdict (layout of the decoded megabyte) counts too
  const { longTasks, longFrames } = await page.evaluate(() => window.__bench);
  return {
    longestTaskMs: longestSince(longTasks, since),
    longestAppTaskMs: longestAfterFirst(longTasks, since),
    longestFrameMs: longestSince(longFrames, since),
    settleMs: settledAt - since,
    tokenLength: token.length,
    pasteMethod,
  };
}

/** One full run in a fresh context; resolves to the figures of that run. */
export async function runDebuggerOnce(context, origin, { timeoutMs = 60_000 } = {}) {
  const { page, fcpMs, verifiedMs, resources } = await measureLoad(context, origin, timeoutMs);
  const loadLongest = await page.evaluate(() => window.__bench.longTasks);
  const paste = await measurePaste(page, timeoutMs);
  await page.close();
  return { fcpMs, verifiedMs, resources, loadLongestTaskMs: longestSince(loadLongest, 0), ...paste };
}

/**
 * The floor under the paste budget: the longest task when the same 1 MB token is pasted into a bare
 * textarea styled like the token field, with no app script on the page at all.
 */
export async function measurePasteFloor(context, origin, { timeoutMs = 60_000 } = {}) {
  const page = await context.newPage();
  try {
    await page.addInitScript(installProbes);
    await page.goto(`${origin}${BENCH_BASE}${PASTE_FLOOR_PAGE}`, { timeout: timeoutMs });
    const field = page.getByTestId('token-input');
    const { token } = createHmacToken({ claimBytes: 750_000, encoding: 'base64url' });
    const paste = await preparePaste(page, field, token);
    await page.waitForTimeout(300);
    const since = await page.evaluate(() => performance.now());
    await paste();
    await page.waitForTimeout(600);
    const { longTasks } = await page.evaluate(() => window.__bench);
    return longestSince(longTasks, since);
  } finally {
    await page.close();
  }
}

/**
 * The longest main-thread task while `/` opens a 1 MB link built to make a backtracking token finder
 * quadratic (`#token=` + "eyJ" × 350,000 + "+!": 24 s at 300 KB before the finder was made linear).
 */
export async function measureHostileLink(context, origin, { timeoutMs = 120_000 } = {}) {
  const page = await context.newPage();
  try {
    await page.addInitScript(installProbes);
    await page.goto(`${origin}/#token=${'eyJ'.repeat(350_000)}+!`, { timeout: timeoutMs });
    await page.waitForSelector('[data-testid="verify-status"][data-state="error"]', { timeout: timeoutMs });
    await page.waitForTimeout(300);
    const { longTasks } = await page.evaluate(() => window.__bench);
    return longestSince(longTasks, 0);
  } finally {
    await page.close();
  }
}
