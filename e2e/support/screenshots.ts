import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR } from './paths';

/** The two widths the README shows: a laptop and a phone (iPhone 12–15 class). */
export const SCREEN_SIZES = {
  desktop: { width: 1440, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

export type ScreenSize = keyof typeof SCREEN_SIZES;
export type ScreenScheme = 'light' | 'dark';

const SCHEMES: readonly ScreenScheme[] = ['light', 'dark'];

/**
 * Whether journeys save their screenshots. Always, except under CI when nobody asked for them: a clean
 * clone's test-results are never looked at, and the ~150 full-page shots cost about a minute of the run.
 * `npm run screenshots` (JWT_LAB_SCREENSHOTS) and local runs keep them.
 */
export const SCREENSHOTS_WANTED = !process.env.CI || Boolean(process.env.JWT_LAB_SCREENSHOTS);

/** What page.screenshot and locator.screenshot both take, as the journeys use them. */
interface ShotOptions {
  readonly path: string;
  readonly animations?: 'disabled' | 'allow';
  readonly caret?: 'hide' | 'initial';
}

/** Saves a screenshot of a page or an element, when screenshots are wanted (see SCREENSHOTS_WANTED). */
export async function saveScreenshot(
  target: { screenshot: (options: ShotOptions) => Promise<unknown> },
  options: ShotOptions,
): Promise<void> {
  if (SCREENSHOTS_WANTED) await target.screenshot(options);
}

/** Returns where one screenshot goes: <SCREENSHOT_DIR>/<name>-<size>-<scheme>.png. */
export function screenshotPath(name: string, size: ScreenSize, scheme: ScreenScheme): string {
  return `${SCREENSHOT_DIR}/${name}-${size}-${scheme}.png`;
}

/**
 * Saves the page as it is now at desktop and phone width, in light and dark, then puts the
 * viewport and colour scheme back so the journey can carry on. The app must follow
 * `prefers-color-scheme` for the dark shots to differ.
 */
export async function captureScreens(page: Page, name: string): Promise<string[]> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot name must be kebab-case, got "${name}"`);
  if (!SCREENSHOTS_WANTED) return [];
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const originalSize = page.viewportSize();
  const wasDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const saved: string[] = [];
  for (const size of Object.keys(SCREEN_SIZES) as ScreenSize[]) {
    await page.setViewportSize(SCREEN_SIZES[size]);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      // Two frames: one for media queries and layout to settle, one for the paint after it.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const path = screenshotPath(name, size, scheme);
      await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
      saved.push(path);
    }
  }
  if (originalSize) await page.setViewportSize(originalSize);
  await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' });
  return saved;
}
