import type { Locator, Page } from '@playwright/test';
import { expectVerdict } from './support/debugger';
import { expect, test } from './support/test';

const rows = (page: Page): Locator => page.getByTestId('token-outcome');
const tokenRow = (page: Page, id: string): Locator =>
  rows(page).filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${id}\\b`) }) });
const withOutcome = (page: Page, outcome: string): Locator =>
  rows(page).and(page.locator(`[data-outcome="${outcome}"]`));
const timeline = (page: Page): Locator => page.getByRole('img', { name: /Timeline of keys and tokens/ });

test.describe('rotation: scenarios that break things', () => {
  test('without overlap, live sessions break: first the new kid is unknown, then the old key is gone', async ({
    page,
  }) => {
    await page.goto('/rotation');
    await page.getByRole('button', { name: 'Rotate without overlap', exact: true }).click();

    // It opens at its key moment: the verifier's fetch that drops k1 refuses the live k1 tokens.
    const keyMoment = page.getByRole('button', { name: /The verifier fetches the JWKS: k1 is gone/ });
    await expect(keyMoment).toHaveAttribute('aria-pressed', 'true');
    await expect(tokenRow(page, 't4')).toHaveAttribute('data-outcome', 'accepted');
    await expect(withOutcome(page, 'retired')).toHaveCount(2);
    await expect(tokenRow(page, 't1')).toHaveAttribute('data-outcome', 'expired');
    await expect(tokenRow(page, 't2')).toContainText('was retired at T+11m 40s');
    await expect(tokenRow(page, 't2')).toContainText('jose: no matching key · agrees');
    // Same algorithm and verifier as the overlap scenario: only the overlap differs.
    await expect(page.getByLabel('Key type')).toHaveValue('es256');
    await expect(page.getByLabel('JWKS cache of a new world')).toHaveValue('300');
    // The bars of the live k1 tokens turn from accepted to retired.
    await expect(timeline(page).locator('line[data-outcome="retired"]')).toHaveCount(2);

    await page.getByRole('button', { name: /Just before the switch/ }).click();
    await expect(rows(page)).toHaveCount(3);
    await expect(withOutcome(page, 'accepted')).toHaveCount(3);

    await page.getByRole('button', { name: /The switch: k2 signs/ }).click();
    await expect(tokenRow(page, 't4')).toHaveAttribute('data-outcome', 'unknown-kid');
    await expect(tokenRow(page, 't4')).toContainText('no matching key');
    await expect(withOutcome(page, 'accepted')).toHaveCount(3);
  });

  test('emergency rotation: the forged token works until the leaked secret is retired', async ({ page }) => {
    await page.goto('/rotation');
    await page.getByRole('button', { name: 'Emergency rotation', exact: true }).click();

    // Opens at the emergency rotation itself, with the HMAC settings of this scenario.
    const rotation = page.getByRole('button', { name: /Emergency rotation: k1 retired at once/ });
    await expect(rotation).toHaveAttribute('aria-pressed', 'true');
    await expect(tokenRow(page, 't2')).toHaveAttribute('data-outcome', 'retired');
    await expect(page.getByLabel('Key type')).toHaveValue('hmac');
    await expect(page.getByLabel('JWKS cache of a new world')).toHaveValue('0');

    await page.getByRole('button', { name: /The leak: the forged admin token is accepted/ }).click();
    await expect(tokenRow(page, 't2')).toContainText('forged');
    await expect(tokenRow(page, 't2')).toHaveAttribute('data-outcome', 'accepted');

    await rotation.click();
    await expect(tokenRow(page, 't2')).toHaveAttribute('data-outcome', 'retired');
    await expect(tokenRow(page, 't4')).toHaveAttribute('data-outcome', 'accepted');

    await page.getByRole('button', { name: /A forgery under the new kid fails/ }).click();
    await expect(tokenRow(page, 't5')).toHaveAttribute('data-outcome', 'invalid');
    await expect(tokenRow(page, 't5')).toContainText('signature invalid');

    // The new secret set, handed to the debugger as a JWKS of oct keys, verifies alice's new token.
    await page.getByRole('button', { name: 'Open in debugger: t4' }).click();
    await expect(page.getByTestId('key-input')).toHaveValue(/"kty": "oct"/);
    await expectVerdict(page, 'verified');
  });

  test('a stale JWKS cache: unknown kid until the verifier fetches the set again', async ({ page }) => {
    await page.goto('/rotation');
    await page.getByRole('button', { name: 'Stale JWKS cache', exact: true }).click();

    // Opens where k2 signs but the cached set lacks it; the controls say what the verifier panel says.
    const stale = page.getByRole('button', { name: /k2 signs, but the cached JWKS lacks it/ });
    await expect(stale).toHaveAttribute('aria-pressed', 'true');
    await expect(tokenRow(page, 't2')).toHaveAttribute('data-outcome', 'unknown-kid');
    await expect(tokenRow(page, 't2')).toContainText('no matching key');
    await expect(page.getByRole('region', { name: /^Verifier at/ })).toContainText('Cached for 60 min');
    await expect(page.getByLabel('JWKS cache of a new world')).toHaveValue('3600');
    await expect(page.getByLabel('Key type')).toHaveValue('es256');
    await expect(page.getByLabel('Token lifetime')).toHaveValue('3600');

    await page.getByRole('button', { name: /The cache refreshes: k2 is known at last/ }).click();
    await expect(tokenRow(page, 't2')).toHaveAttribute('data-outcome', 'accepted');
    await expect(tokenRow(page, 't3')).toHaveAttribute('data-outcome', 'accepted');

    // Back at the switch, fetching the JWKS on demand fixes it at once (and rewrites what followed).
    await stale.click();
    await expect(tokenRow(page, 't2')).toHaveAttribute('data-outcome', 'unknown-kid');
    await page.getByRole('button', { name: 'Fetch the JWKS now' }).click();
    await expect(tokenRow(page, 't2')).toHaveAttribute('data-outcome', 'accepted');
    await expect(rows(page)).toHaveCount(2);
    await expect(page.getByRole('region', { name: /^Verifier at/ })).toContainText('"kid": "k2"');
  });
});
