import { randomBytes } from 'node:crypto';
import { expect, test } from './support/test';

test('judges typed secrets: published, guessable, random', async ({ page }) => {
  await page.goto('/keys');
  const input = page.getByTestId('strength-input');
  const verdict = page.getByTestId('secret-strength');
  await expect(verdict).toHaveCount(0);

  await input.fill('secret');
  await expect(verdict).toHaveAttribute('data-verdict', 'public');
  await expect(verdict).toContainText("jwt.io's original default secret");
  await expect(verdict).toContainText('HS256 needs at least 32');

  await input.fill('Summer2024!');
  await expect(verdict).toHaveAttribute('data-verdict', 'weak');
  await expect(verdict).toContainText('a secret needs at least 128');
  const times = page.getByRole('region', { name: 'How strong is a secret?' });
  await expect(times.getByText('One RTX 4090, HS256')).toBeVisible();
  await expect(times.getByRole('link', { name: /Chick3nman/ })).toBeVisible();

  // The browser's own speed is measured once, by the audit engine, and said to be a measurement.
  const basis = times.getByText(/HS256 guesses per second, measured here/);
  await expect(basis).toBeVisible({ timeout: 30_000 }); // a second of hashing, after the workers start (slow when busy)
  console.log(`strength panel: ${await basis.textContent()}`);

  const generated = (await page.getByTestId('generated-secret').textContent()) ?? '';
  expect(generated).toMatch(/^[A-Za-z0-9_-]{43}$/);
  await input.fill(generated);
  await expect(verdict).toHaveAttribute('data-verdict', 'strong');
  await expect(verdict).toContainText('It looks random');
  await expect(times.getByText('longer than the age of the universe').first()).toBeVisible();

  // HS512's size: zxcvbn spends ~0.8 s on 86 random characters, so it runs in a worker, never on the
  // page's thread (npm run bench: longest task while judging it). The 32-byte verdict stays, dimmed, until then.
  const long = randomBytes(64).toString('base64url');
  await input.fill(long);
  await expect(verdict).toContainText('86 base64url characters that decode to 64 bytes');
  await expect(verdict).toHaveAttribute('data-verdict', 'strong');
  expect(page.workers().map((worker) => worker.url())).toContainEqual(
    expect.stringMatching(/\/entropy\.worker-[\w-]+\.js$/),
  );
  await input.fill(generated);
  await expect(verdict).toContainText('43 base64url characters that decode to 32 bytes');

  // Read as base64url, the same text is the 32-byte key itself.
  await page.getByLabel('Secret encoding').selectOption('base64url');
  await expect(verdict).toHaveAttribute('data-verdict', 'strong');
  await expect(times.getByText('HS256 32/32 bytes ✓')).toBeVisible();
  await expect(times.getByText('HS384 32/48 bytes ✗ too short')).toBeVisible();

  // Text that is not valid in the chosen encoding is an error beside the field, not a verdict.
  await input.fill('not hex!');
  await page.getByLabel('Secret encoding').selectOption('hex');
  await expect(page.locator('#strength-error')).toHaveAttribute('data-error-code', 'KEY_INVALID');
  await expect(verdict).toHaveCount(0);
});
