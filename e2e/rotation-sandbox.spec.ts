import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

const clock = (page: Page) => page.getByRole('region', { name: 'Timeline' }).locator('output');
const rows = (page: Page) => page.getByTestId('token-outcome');

test.describe('rotation: free play', () => {
  test('a key made, published and used by hand; the clock steps, plays and pauses', async ({ page }) => {
    await page.goto('/rotation');
    await page.getByLabel('Key type').selectOption('hmac');
    await page.getByRole('button', { name: 'Generate key' }).click();
    await page.getByRole('button', { name: 'Start signing key-1' }).click();
    await page.getByLabel('Token lifetime').selectOption({ label: '15 minutes' });
    await page.getByRole('button', { name: 'Issue token' }).click();
    // Signed before it was published: the verifier has never heard of this kid.
    await expect(rows(page)).toHaveAttribute('data-outcome', 'unknown-kid');

    await page.getByRole('button', { name: 'Publish key-1' }).click();
    await expect(rows(page)).toHaveAttribute('data-outcome', 'accepted');
    await expect(rows(page)).toContainText('agrees');

    await page.getByRole('button', { name: '+10 min' }).click();
    await expect(clock(page)).toHaveText('T+10m');
    await expect(rows(page)).toHaveAttribute('data-outcome', 'accepted');
    await page.getByRole('button', { name: '+10 min' }).click();
    await expect(rows(page)).toHaveAttribute('data-outcome', 'expired');

    // A step that makes no sense is refused with a reason, and nothing changes.
    await page.getByRole('button', { name: 'Retire key-1' }).click();
    await page.getByRole('button', { name: 'Issue token' }).click();
    await expect(page.getByRole('alert')).toContainText('The issuer has no signing key');

    // Play moves the clock by itself; Pause stops it for good (no timer left behind).
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(clock(page)).not.toHaveText('T+20m');
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await clock(page).textContent();
    await page.waitForTimeout(1200);
    await expect(clock(page)).toHaveText(paused ?? '');

    // Leak the key and forge: the forgery is refused because key-1 is already retired.
    await page.getByRole('button', { name: 'Leak key-1' }).click();
    await page.getByRole('button', { name: 'Forge token' }).click();
    await expect(rows(page).last()).toHaveAttribute('data-outcome', 'retired');
  });
});
