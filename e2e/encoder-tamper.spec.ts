import type { Page } from '@playwright/test';
import { expect, test } from './support/test';

async function openEncoder(page: Page) {
  await page.goto('/encoder');
  await expect(page.getByTestId('encoder-token')).toHaveText(/^eyJ/);
}

test.describe('encoder: the tamper demo', () => {
  test('HS256: make me admin → invalid signature with the change marked; re-sign with the key → valid; a guess → invalid', async ({
    page,
  }) => {
    await openEncoder(page);
    const status = page.getByTestId('tamper-status');
    await expect(status).toHaveAttribute('data-state', 'verified');
    await page.getByRole('button', { name: 'Set "role": "admin"' }).click();
    await expect(page.getByLabel('Edited payload')).toHaveValue(/"role": "admin"/);
    await expect(status).toHaveAttribute('data-state', 'invalid');
    await expect(status).toContainText('Invalid signature');
    await expect(page.getByTestId('tampered-token').locator('mark').first()).toBeVisible();
    const signatures = page.getByRole('table', { name: 'Signatures compared' });
    const presented = await signatures.getByRole('row').nth(1).getByRole('cell').first().textContent();
    const recomputed = await signatures.getByRole('row').nth(2).getByRole('cell').first().textContent();
    expect(presented).toMatch(/^[\w-]{43}$/);
    expect(recomputed).toMatch(/^[\w-]{43}$/);
    expect(recomputed).not.toBe(presented);

    await page.getByRole('button', { name: 'Re-sign with the key' }).click();
    await expect(page.getByTestId('resign-status')).toHaveAttribute('data-state', 'verified');
    await page.getByLabel('Guessed secret').fill('password123');
    await page.getByRole('button', { name: 'Re-sign with a guessed key' }).click();
    await expect(page.getByTestId('resign-status')).toHaveAttribute('data-state', 'invalid');
  });

  test('ES256: tampering breaks the signature; an attacker without the private key cannot fix it', async ({
    page,
  }) => {
    await openEncoder(page);
    await page.getByLabel('Algorithm', { exact: true }).selectOption('ES256');
    await page.getByRole('button', { name: 'Generate a key for ES256' }).click();
    await expect(page.getByTestId('encoder-token')).toHaveText(/^eyJhbGciOiJFUzI1Ni/);
    await expect(page.getByTestId('tamper-status')).toHaveAttribute('data-state', 'verified');
    await page.getByRole('button', { name: 'Set "role": "admin"' }).click();
    await expect(page.getByTestId('tamper-status')).toHaveAttribute('data-state', 'invalid');
    await page.getByRole('button', { name: 'Re-sign with a guessed key' }).click();
    await expect(page.getByTestId('resign-status')).toHaveAttribute('data-state', 'invalid');
    await page.getByRole('button', { name: 'Re-sign with the key' }).click();
    await expect(page.getByTestId('resign-status')).toHaveAttribute('data-state', 'verified');
  });

  test('same claims with different whitespace and order: two valid tokens, two signatures', async ({
    page,
  }) => {
    await openEncoder(page);
    await page.getByRole('button', { name: 'Sign the same claims twice' }).click();
    const verdicts = page.getByTestId('whitespace-status');
    await expect(verdicts).toHaveCount(2);
    await expect(verdicts.nth(0)).toHaveAttribute('data-state', 'verified');
    await expect(verdicts.nth(1)).toHaveAttribute('data-state', 'verified');
    const tokens = await page.getByLabel(/^Token, payload/).allTextContents();
    expect(tokens).toHaveLength(2);
    expect(tokens[0]!.split('.')[2]).not.toBe(tokens[1]!.split('.')[2]);
  });
});
