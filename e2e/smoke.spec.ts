import { expectNoAxeViolations } from './support/axe';
import { captureScreens } from './support/screenshots';
import { expect, test } from './support/test';

test.describe('smoke', () => {
  test('the app shell loads from the production build, offline and accessible', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/jwt-lab/);
    await expect(page.getByRole('banner')).toBeVisible();
    await expectNoAxeViolations(page);
    await captureScreens(page, 'home');
  });
});
