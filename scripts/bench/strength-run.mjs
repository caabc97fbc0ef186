// The Keys page's strength check on the secrets we recommend: 32 and 64 random bytes, pasted as
// base64url. zxcvbn prices a random text character by character (~0.8 s for 86 characters in Node), so
// the page must not run it on its main thread: the figure is the longest task from the paste to the verdict (pasting 86 characters is no work).
import { randomBytes } from 'node:crypto';
import { installProbes, longestSince } from './debugger-run.mjs';

/** Pastes a random `bytes`-byte base64url secret and waits for its "strong" verdict. */
async function pasteAndJudge(page, origin, bytes, timeoutMs) {
  const field = page.getByTestId('strength-input');
  await field.fill('');
  const secret = randomBytes(bytes).toString('base64url');
  await page.evaluate((value) => navigator.clipboard.writeText(value), secret);
  await field.focus();
  await page.waitForTimeout(300);
  const since = await page.evaluate(() => performance.now());
  await page.keyboard.press('ControlOrMeta+V');
  // This secret's own verdict: the previous one stays on screen (dimmed) while this one is estimated.
  await page
    .locator('[data-testid="secret-strength"][data-verdict="strong"]')
    .filter({ hasText: `decode to ${bytes} bytes` })
    .waitFor({ timeout: timeoutMs });
  const verdictAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(300); // rendering after the verdict counts too
  const { longTasks } = await page.evaluate(() => window.__bench);
  return { longestMs: longestSince(longTasks, since), verdictMs: verdictAt - since };
}

/**
 * Opens /keys, lets zxcvbn and the list load on a first secret, then pastes a 32-byte and a 64-byte
 * random secret; resolves to the longest main-thread task after each paste and the time to its verdict.
 */
export async function measureStrengthCheck(context, origin, { timeoutMs = 60_000 } = {}) {
  const page = await context.newPage();
  try {
    await page.addInitScript(installProbes);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${origin}/keys`, { timeout: timeoutMs });
    const field = page.getByTestId('strength-input');
    await field.fill('warm-up');
    await page.locator('[data-testid="secret-strength"]').waitFor({ timeout: timeoutMs });
    const short = await pasteAndJudge(page, origin, 32, timeoutMs);
    const long = await pasteAndJudge(page, origin, 64, timeoutMs);
    return {
      strength32LongestTaskMs: short.longestMs,
      strength32VerdictMs: short.verdictMs,
      strength64LongestTaskMs: long.longestMs,
      strength64VerdictMs: long.verdictMs,
    };
  } finally {
    await page.close();
  }
}
