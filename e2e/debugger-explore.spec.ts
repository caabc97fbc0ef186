import { test, expect } from './support/test';
import { openDebugger } from './support/debugger';

test('explore', async ({ page }) => {
  await openDebugger(page);
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: 'ES256 · P-256' }).focus();
  await page.screenshot({ path: '/tmp/explore/menu-focus.png' });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.screenshot({ path: '/tmp/explore/menu-focus2.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: '/tmp/explore/menu-phone.png' });
});
