import { createHmac } from 'node:crypto';
import { expect, test } from './support/test';

/** An HS384/HS512 token signed here with `secret` (the page never sees the secret). */
function tokenFor(alg: 'HS384' | 'HS512', secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg, typ: 'JWT' })}.${part({ sub: 'simd', iat: 1700000000 })}`;
  const hash = alg === 'HS384' ? 'sha384' : 'sha512';
  return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
}

// HS384 and HS512 run in the WebAssembly SIMD kernel in the page's workers, under the app's CSP.
for (const alg of ['HS384', 'HS512'] as const) {
  test(`brute-forces an ${alg} secret in the workers, and says what a miss covered`, async ({ page }) => {
    await page.goto('/keys');
    const region = page.getByRole('region', { name: "Audit a token's secret" });
    const status = page.getByTestId('audit-status');
    await page.getByTestId('audit-token').fill(tokenFor(alg, '80417'));
    await region.getByRole('radio', { name: /Brute force/ }).check();
    await region.getByLabel('Alphabet', { exact: true }).selectOption('digits');
    await region.getByLabel('Longest length').fill('6');
    await region.getByRole('button', { name: 'Start audit' }).click();
    await expect(status).toHaveAttribute('data-state', 'found', { timeout: 60_000 });
    await expect(status).toContainText('Secret found: "80417"');
    console.log(`${alg} digits brute force: ${await status.textContent()}`);

    await region.getByLabel('Longest length').fill('4');
    await region.getByRole('button', { name: 'Start audit' }).click();
    await expect(status).toHaveAttribute('data-state', 'exhausted', { timeout: 60_000 });
    await expect(status).toContainText('Not found: all 11,110 candidates tried');
  });
}
