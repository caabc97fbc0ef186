// Loads the bench-only pages (bench/*.html, built by Vite) and reads the figures they leave on
// `window`: decodeToken + verifyToken (decode-verify) and signToken per algorithm (sign), in the browser.
import { BENCH_BASE, DECODE_VERIFY_PAGE, SIGN_PAGE } from './build.mjs';

/**
 * Opens `pagePath` and resolves to `window[resultName]` once the page has set it; throws with
 * `window[errorName]` when the page reports a failure instead.
 */
async function runBenchPage(context, origin, { pagePath, resultName, errorName, timeoutMs }) {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${BENCH_BASE}${pagePath}`);
    await page.waitForFunction(
      ([result, error]) => window[result] !== undefined || window[error] !== undefined,
      [resultName, errorName],
      { timeout: timeoutMs, polling: 100 },
    );
    const { result, error } = await page.evaluate(
      ([resultKey, errorKey]) => ({ result: window[resultKey], error: window[errorKey] }),
      [resultName, errorName],
    );
    if (error) throw new Error(`${pagePath} failed: ${error}`);
    return result;
  } finally {
    await page.close();
  }
}

/** Resolves to the page's `DecodeVerifyResult` (see bench/decode-verify.ts); throws with the page's error. */
export function runDecodeVerifyOnce(context, origin, { timeoutMs = 90_000 } = {}) {
  return runBenchPage(context, origin, {
    pagePath: DECODE_VERIFY_PAGE,
    resultName: '__benchResult',
    errorName: '__benchError',
    timeoutMs,
  });
}

/** Resolves to the page's `SignResult` (see bench/sign.ts): median signToken time per algorithm. */
export function runSignOnce(context, origin, { timeoutMs = 120_000 } = {}) {
  return runBenchPage(context, origin, {
    pagePath: SIGN_PAGE,
    resultName: '__signResult',
    errorName: '__signError',
    timeoutMs,
  });
}
