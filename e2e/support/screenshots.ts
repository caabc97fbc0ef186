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
 * Waits for two frames (one for media queries and layout to settle, one for the paint after it), but
 * never longer than a second: a headless page that is not producing frames (seen on a busy CI machine
 * after a viewport change) must not hang the journey, and the screenshot waits for its own frame anyway.
 */
export async function settleFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const fallback = setTimeout(done, 1000);
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            clearTimeout(fallback);
            done();
          }),
        );
      }),
  );
}

/**
 * Calls `shoot` at desktop and phone width, in light and dark, then puts the viewport and colour scheme
 * back so the journey can carry on. When screenshots are not wanted it does nothing at all: no viewport
 * or scheme change a journey's later steps could depend on, and no waiting.
 */
export async function forEachScreen(
  page: Page,
  shoot: (size: ScreenSize, scheme: ScreenScheme) => Promise<void>,
): Promise<void> {
  if (!SCREENSHOTS_WANTED) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const originalSize = page.viewportSize();
  const wasDark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  for (const size of Object.keys(SCREEN_SIZES) as ScreenSize[]) {
    await page.setViewportSize(SCREEN_SIZES[size]);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await shoot(size, scheme);
    }
  }
  if (originalSize) await page.setViewportSize(originalSize);
  await page.emulateMedia({ colorScheme: wasDark ? 'dark' : 'light' });
}

/**
 * Saves viewport shots named `<name>-<size>-<scheme>` at each screen, after `place` has scrolled the page
 * to what the shot is about (a resize keeps the scroll offset, not the place).
 */
export async function captureViewports(
  page: Page,
  name: string,
  place: () => Promise<void> = async () => {},
): Promise<void> {
  await forEachScreen(page, async (size, scheme) => {
    await place();
    await settleFrames(page);
    await page.screenshot({
      path: screenshotPath(name, size, scheme),
      animations: 'disabled',
      caret: 'hide',
    });
  });
}

/** Saves the page as it is now at each screen (see captureViewports); returns the paths saved. */
export async function captureScreens(page: Page, name: string): Promise<string[]> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`screenshot name must be kebab-case, got "${name}"`);
  const saved: string[] = [];
  await forEachScreen(page, async (size, scheme) => {
    await settleFrames(page);
    const path = screenshotPath(name, size, scheme);
    await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    saved.push(path);
  });
  return saved;
}
