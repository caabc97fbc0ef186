// Loads the bench-only page (bench/decode-verify.html, built by Vite) and reads the medians it
// leaves on `window`: decodeToken + verifyToken as the debugger runs them, in the browser.
import { BENCH_BASE } from './build.mjs';

/** Resolves to the page's `DecodeVerifyResult` (see bench/decode-verify.ts); throws with the page's error. */
export async function runDecodeVerifyOnce(context, origin, { timeoutMs = 90_000 } = {}) {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${BENCH_BASE}bench/decode-verify.html`);
    await page.waitForFunction(
      () => window.__benchResult !== undefined || window.__benchError !== undefined,
      null,
      {
        timeout: timeoutMs,
        polling: 100,
      },
    );
    const { result, error } = await page.evaluate(() => ({
      result: window.__benchResult,
      error: window.__benchError,
    }));
    if (error) throw new Error(`bench/decode-verify page failed: ${error}`);
    return result;
  } finally {
    await page.close();
  }
}
