// The rotation page's JWKS inspector under a hostile set: 10,000 keys (4.7 MB) pasted at once. The
// issue asks that the page answer input within 100 ms throughout: no main-thread task after the paste
// itself may be that long.
import { generateKeyPairSync } from 'node:crypto';
import { installProbes, longestAfterFirst, longestSince } from './debugger-run.mjs';

/** 10,000 public RSA keys (the same key under 50 kids, then 9,950 sharing one), as the journey pastes. */
export function makeHugeJwks(count = 10_000) {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const keys = Array.from({ length: count }, (_, i) => ({
    ...jwk,
    kid: i < 50 ? `key-${i + 1}` : 'shared',
    alg: 'RS256',
    use: 'sig',
  }));
  return JSON.stringify({ keys });
}

/**
 * Pastes the set into the inspector and waits for its summary; resolves to the longest task after the
 * paste's own (text insertion is the browser's work), the longest overall, and the time to the summary.
 */
export async function measureJwksInspector(context, origin, { timeoutMs = 120_000 } = {}) {
  const page = await context.newPage();
  try {
    await page.addInitScript(installProbes);
    await page.goto(`${origin}/rotation`, { timeout: timeoutMs });
    const field = page.getByLabel('JWKS to inspect');
    await field.waitFor({ timeout: timeoutMs });
    const text = makeHugeJwks();
    // A real paste (clipboard and Ctrl+V): the inspector holds a set this large instead of laying it out.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await field.focus();
    await page.waitForTimeout(500);
    const since = await page.evaluate(() => performance.now());
    await page.keyboard.press('ControlOrMeta+V');
    await page.getByText(/^10,000 keys \(10,000 RSA\)/).waitFor({ timeout: timeoutMs });
    const summaryAt = await page.evaluate(() => performance.now());
    await page.waitForTimeout(500); // rendering after the summary counts too
    const { longTasks } = await page.evaluate(() => window.__bench);
    return {
      jwksLongestAppTaskMs: longestAfterFirst(longTasks, since),
      jwksLongestTaskMs: longestSince(longTasks, since),
      jwksSummaryMs: summaryAt - since,
    };
  } finally {
    await page.close();
  }
}
