import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { clearKey, expectVerdict, openDebugger, TOKENS } from './support/debugger';
import { captureScreens } from './support/screenshots';
import { expect, test } from './support/test';

/** The theme button's label names the current mode ("Theme: Dark (switch to System)"). */
const themeButton = (page: Page) => page.getByRole('button', { name: /^Theme: / });

/** The scheme the page is painted in, from the class MUI puts on <html>. */
const htmlScheme = (page: Page) =>
  page.evaluate(() => {
    const classes = document.documentElement.classList;
    return classes.contains('dark') ? 'dark' : classes.contains('light') ? 'light' : 'none';
  });

/**
 * At phone width nothing may stick out sideways: the page must not scroll horizontally once it has laid
 * itself out for the new width (measured in the same task as the resize, a busy CI machine once saw
 * 438 px for a frame; a page that stays too wide still fails after the poll).
 */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect
    .poll(
      () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      { message: 'the page is wider than a 390 px phone' },
    )
    .toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

/** The app bar's computed background colour (background.paper of the active scheme). */
const appBarBackground = (page: Page) =>
  page.getByRole('banner').evaluate((element) => getComputedStyle(element).backgroundColor);

test.describe('debugger: pages and navigation', () => {
  test('deep links reload into their page; an unknown path says so and leads back', async ({ page }) => {
    await openDebugger(page);
    const nav = page.getByRole('navigation', { name: 'Pages' });
    // Other pages join the bar as they are built; the debugger is always the first.
    await expect(nav.getByRole('link').first()).toHaveText('Debugger');
    await expect(nav.getByRole('link', { name: 'Debugger' })).toHaveAttribute('aria-current', 'page');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Debugger' })).toBeVisible();
    await expectVerdict(page, 'verified');

    // A nested unknown path also checks that the assets load from the root, not relative to it.
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1, name: 'No such page' })).toBeVisible();
    await expect(page.getByText('There is no page at /no/such/page.')).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Debugger' })).not.toHaveAttribute('aria-current', 'page');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'No such page' })).toBeVisible();

    await page.getByRole('link', { name: 'Open the debugger' }).click();
    await expect(page).toHaveURL('/');
    await expectVerdict(page, 'verified');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'No such page' })).toBeVisible();

    await nav.getByRole('link', { name: 'Debugger' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Debugger' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Debugger' })).toHaveAttribute('aria-current', 'page');

    await page.goto('/no-such-page/');
    await expect(page.getByRole('heading', { level: 1, name: 'No such page' })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'jwt-lab' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Debugger' })).toBeVisible();
  });

  test('the theme button cycles system → light → dark → system, and the choice survives a reload', async ({
    page,
  }) => {
    await openDebugger(page);
    await expect(themeButton(page)).toHaveAccessibleName('Theme: System (switch to Light)');
    expect(await htmlScheme(page)).toBe('light'); // the browser is in light mode
    const lightBar = await appBarBackground(page);

    await themeButton(page).click();
    await expect(themeButton(page)).toHaveAccessibleName('Theme: Light (switch to Dark)');
    await themeButton(page).click();
    await expect(themeButton(page)).toHaveAccessibleName('Theme: Dark (switch to System)');
    await expect.poll(() => htmlScheme(page)).toBe('dark');
    expect(await appBarBackground(page)).toBe('rgb(23, 26, 33)');
    expect(lightBar).toBe('rgb(255, 255, 255)');

    await page.reload();
    await expect(themeButton(page)).toHaveAccessibleName('Theme: Dark (switch to System)');
    await expect.poll(() => htmlScheme(page)).toBe('dark');

    await themeButton(page).click();
    await expect(themeButton(page)).toHaveAccessibleName('Theme: System (switch to Light)');
    await expect.poll(() => htmlScheme(page)).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => htmlScheme(page)).toBe('dark');
    await expect.poll(() => appBarBackground(page)).toBe('rgb(23, 26, 33)');
  });
});

test.describe('debugger: accessibility and screenshots', () => {
  test('axe finds no violations: default page, malformed token, alg none', async ({ page }) => {
    const ui = await openDebugger(page);
    await expectNoAxeViolations(page);

    await ui.token.fill(TOKENS.malformed);
    await expectVerdict(page, 'error');
    await expectNoAxeViolations(page);

    await ui.token.fill(TOKENS.algNone);
    await expectVerdict(page, 'unsecured');
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations in dark mode, verified and invalid', async ({ page }) => {
    const ui = await openDebugger(page);
    await themeButton(page).click();
    await themeButton(page).click();
    await expect.poll(() => htmlScheme(page)).toBe('dark');
    await expectNoAxeViolations(page);

    await ui.key.fill('not-the-secret');
    await expectVerdict(page, 'invalid');
    await expectNoAxeViolations(page);
  });

  test('axe finds no violations with the Examples menu open', async ({ page }) => {
    // Regression: the group headings were plain <li>s inside <ul role="menu"> (aria-required-children).
    const ui = await openDebugger(page);
    await ui.examples.click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('screenshots: the default page, and an invalid signature with its encoding hint', async ({ page }) => {
    const ui = await openDebugger(page);
    await expectNoSidewaysScroll(page);
    await captureScreens(page, 'debugger');

    await clearKey(page);
    await ui.token.fill(TOKENS.hs256Base64Secret.token);
    await ui.encoding.selectOption('utf8');
    await ui.key.fill(TOKENS.hs256Base64Secret.secret);
    await expectVerdict(page, 'invalid', 'read as base64 it verifies');
    await expectNoSidewaysScroll(page);
    await captureScreens(page, 'debugger-invalid');
  });
});
