import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectVerdict } from './support/debugger';
import { waitForEditor } from './support/monaco';
import { REPO_ROOT } from './support/paths';
import { captureScreens } from './support/screenshots';
import { expect, test } from './support/test';

// Issue 15: after one visit the app works with the network off, from the Workbox service worker that
// the production build registers once the page has settled (src/lib/service-worker.ts).

// The other journeys block service workers (playwright.config.ts); these are about them.
test.use({ serviceWorkers: 'allow' });

/** The build the preview server serves (playwright.config.ts), to check what was cached against it. */
const DIST = ((dir) => (isAbsolute(dir) ? dir : join(REPO_ROOT, dir)))(process.env.JWT_LAB_DIST ?? 'dist');

/** Waits until the service worker is active (so its precache is complete) and controls nothing yet. */
async function waitForOfflineReady(page: Page): Promise<void> {
  // Registration waits for load and idle; the precache is ~8 MB from a local server.
  const state = await page.evaluate(
    () => navigator.serviceWorker.ready.then((registration) => registration.active?.state ?? 'none'),
    undefined,
  );
  expect(['activating', 'activated']).toContain(state);
}

/** Opens `/` and waits for its example's verdict; the first load of a context can be slow on a busy machine. */
async function openHome(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('verify-status')).toHaveAttribute('data-state', 'verified', {
    timeout: 30_000,
  });
  await expectVerdict(page, 'verified');
}

/** Every page the navigation offers, so a page added later is covered without editing this file. */
async function navigationPaths(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Pages' }).getByRole('link');
  const hrefs = await links.evaluateAll((anchors) =>
    anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  expect(hrefs).toEqual(expect.arrayContaining(['/', '/encoder', '/keys', '/rotation', '/attacks']));
  return hrefs;
}

/** Reloads `path` offline and checks it came from the service worker and shows its page. */
async function reloadOffline(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.fromServiceWorker(), `${path} answered by the service worker`).toBe(true);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading, `${path} renders its page`).toBeVisible();
  await expect(heading).not.toHaveText('No such page');
}

test('after one visit, every page works offline: verify, audit over the bundled list, the editor', async ({
  page,
  context,
}) => {
  // Seven offline reloads, an audit over 103,786 secrets and Monaco: long on a busy two-core machine.
  test.setTimeout(180_000);
  await openHome(page);
  await waitForOfflineReady(page);
  const paths = await navigationPaths(page);

  await context.setOffline(true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
  for (const path of paths) await reloadOffline(page, path);

  // The debugger verifies its example with nothing but cached files (its decode worker included).
  await reloadOffline(page, '/');
  await expectVerdict(page, 'verified');

  // The audit fetches the packed known-secret list and runs in its workers, all from the cache.
  await reloadOffline(page, '/keys');
  const audit = page.getByRole('region', { name: "Audit a token's secret" });
  await audit.getByRole('button', { name: 'Try a weak example token' }).click();
  const status = page.getByTestId('audit-status');
  await expect(status).toHaveAttribute('data-state', 'found', { timeout: 30_000 });
  await expect(status).toContainText('Secret found: "letmein"');
  await expect(status).toContainText('of 103,786 candidates'); // the whole published list was loaded

  // Monaco (its 4 MB chunk, its editor and JSON workers, its icon font) comes from the cache too.
  await reloadOffline(page, '/encoder');
  await waitForEditor(page, 'payload-editor');
  await expect(page.getByTestId('encoder-token')).toContainText(/^eyJ/);

  // A deep link that is no page still gets the app (its not-found page), not a browser error.
  const unknown = await page.goto('/no-such-page');
  expect(unknown?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'No such page' })).toBeVisible();
});

test('the service worker caches only the files of the build: no token, key or fragment', async ({ page }) => {
  test.setTimeout(60_000);
  // A token in the fragment, a key typed in: neither may end up in a cache.
  await openHome(page);
  await waitForOfflineReady(page);
  await page.goto('/#token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvZmZsaW5lIn0.c2lnbmF0dXJl');
  await page.getByTestId('key-input').fill('a-key-that-must-never-be-cached');
  await page.goto('/keys');
  await page.getByTestId('strength-input').fill('another-secret-to-keep-out');

  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  expect(cached.length).toBeGreaterThan(40);
  const origin = new URL(page.url()).origin;
  for (const url of cached) {
    const parsed = new URL(url);
    expect(parsed.origin, url).toBe(origin);
    expect(parsed.hash, url).toBe('');
    for (const typed of [
      'eyJhbGciOiJIUzI1NiJ9',
      'a-key-that-must-never-be-cached',
      'another-secret-to-keep-out',
    ]) {
      expect(url).not.toContain(typed);
    }
    expect(existsSync(join(DIST, decodeURIComponent(parsed.pathname))), `${url} is a file of ${DIST}`).toBe(
      true,
    );
  }
  // Everything the pages need is there: Monaco, its workers, the list, the manifest, the icons.
  const paths = cached.map((url) => new URL(url).pathname);
  for (const expected of [
    /^\/index\.html$/,
    /^\/assets\/monaco-loader-.+\.js$/,
    /^\/assets\/editor\.worker-.+\.js$/,
    /^\/assets\/json\.worker-.+\.js$/,
    /^\/assets\/audit\.worker-.+\.js$/,
    /^\/assets\/codicon-.+\.ttf$/,
    /^\/known-secrets\/jwt\.secrets\.list\.gz$/,
    /^\/manifest\.webmanifest$/,
    /^\/icons\/icon-512\.png$/,
  ]) {
    expect(
      paths.some((path) => expected.test(path)),
      `${expected} in the cache`,
    ).toBe(true);
  }
  expect(paths).not.toContain('/_headers');
});

/** Width and height of a PNG, from its IHDR chunk. */
const pngSize = (bytes: Buffer): string => `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;

test('Chromium parses the manifest without errors and finds the app installable', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(60_000);
  await openHome(page);
  await waitForOfflineReady(page);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  const data = JSON.parse(manifest.data ?? '{}') as Record<string, unknown>;
  expect(data).toMatchObject({
    name: expect.stringContaining('jwt-lab'),
    short_name: 'jwt-lab',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
  });
  // What stores ask for: 192 and 512 px, and a maskable 512 px icon; each one a real PNG of that size.
  const icons = data['icons'] as { src: string; sizes: string; type: string; purpose: string }[];
  const wanted = ['192x192 any', '512x512 any', '512x512 maskable'];
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(wanted);
  for (const icon of icons) {
    const response = await request.get(icon.src);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
  }
  // Playwright's contexts are off the record, where Chromium never offers to install ("in-incognito");
  // in that debug call it still checks and reports every other criterion (manifest, icons, worker).
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  // Light and dark theme colours for the browser's own chrome (index.html).
  const themeColors = await page
    .locator('meta[name="theme-color"]')
    .evaluateAll((metas) =>
      metas.map((meta) => `${meta.getAttribute('media')} ${meta.getAttribute('content')}`),
    );
  expect(themeColors).toEqual([
    '(prefers-color-scheme: light) #ffffff',
    '(prefers-color-scheme: dark) #171a21',
  ]);
});

test('a new version waits for "Reload", and says a reload clears tokens and keys', async ({ page }) => {
  test.setTimeout(90_000);
  await openHome(page);
  await waitForOfflineReady(page);
  const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? 'none');
  // The first visit is not controlled (no clients.claim): reload so the worker controls the page.
  // The reloaded app registers /sw.js again once it settles; the "new version" below must come after
  // that call, or the app's own registration replaces it (as happened on a busy machine), so the
  // page's calls to register() are recorded.
  await page.addInitScript(() => {
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    const calls: string[] = [];
    (window as unknown as { registerCalls: string[] }).registerCalls = calls;
    container.register = (url, options) => {
      calls.push(String(url));
      return register(url, options);
    };
  });
  await page.reload();
  await expectVerdict(page, 'verified');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(firstWorker).toBe('none');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { registerCalls: string[] }).registerCalls), {
      message: 'the reloaded app registers its service worker',
      timeout: 30_000,
    })
    .toEqual([expect.stringMatching(/\/sw\.js$/)]);

  // "Deploy" a new version. Playwright cannot intercept the browser's update check of /sw.js, so the
  // new version is the same worker under another URL: to the page it is a new worker that installs
  // and waits, just like a changed /sw.js.
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?version=next').then(() => undefined));

  const notice = page.getByRole('alert').filter({ hasText: 'A new version of jwt-lab is ready' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText('clears the tokens and keys on this page');
  await expect(notice).toContainText('kept in memory only, never stored');
  await expectNoAxeViolations(page);
  await captureScreens(page, 'update-notice');
  await page.getByTestId('key-input').fill('typed after the notice appeared');
  await expect(page.getByTestId('key-input')).toHaveValue('typed after the notice appeared'); // nothing reloads by itself

  const reloaded = page.waitForEvent('load');
  await notice.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expectVerdict(page, 'verified');
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/sw\.js\?version=next$/,
  );
  expect(await page.getByTestId('key-input').inputValue()).not.toBe('typed after the notice appeared');
});
