import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectVerdict } from './support/debugger';
import { captureScreens } from './support/screenshots';
import { expect, test } from './support/test';

/** Every token row of the table (the one element per token that carries the hook). */
const rows = (page: Page): Locator => page.getByTestId('token-outcome');

/** The outcomes of all rows, in table order. */
const outcomes = (page: Page): Promise<(string | null)[]> =>
  rows(page).evaluateAll((all) => all.map((row) => row.getAttribute('data-outcome')));

/** The row of one token, found by its row header (`t1`, `t2` …). */
const tokenRow = (page: Page, id: string): Locator =>
  rows(page).filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${id}\\b`) }) });

test.describe('rotation: with overlap', () => {
  test('nobody is refused while the keys overlap, and the last token opens verified in the debugger', async ({
    page,
  }) => {
    await page.goto('/rotation');
    await expect(page.getByRole('heading', { level: 1, name: 'Key rotation' })).toBeVisible();
    await page.getByRole('button', { name: 'Rotate with overlap', exact: true }).click();
    await expect(page.getByText('Rotation with overlap', { exact: true })).toBeVisible();
    await expect(rows(page)).toHaveCount(5);

    // Step through the scenario's moments: before the old key leaves the JWKS, no token is refused.
    for (const moment of [/k2 is published; k1 still signs/, /The switch/, /k1 retired just as/]) {
      await page.getByRole('button', { name: moment }).click();
      await expect(page.getByRole('button', { name: moment })).toHaveAttribute('aria-pressed', 'true');
      const seen = await outcomes(page);
      expect(seen.length).toBeGreaterThan(0);
      for (const outcome of seen) expect(['accepted', 'expired']).toContain(outcome);
    }

    // At the switch, tokens of both keys are accepted side by side.
    await page.getByRole('button', { name: /The switch/ }).click();
    const accepted = rows(page).and(page.locator('[data-outcome="accepted"]'));
    await expect(
      accepted.filter({ has: page.getByRole('cell', { name: 'k1', exact: true }) }),
    ).not.toHaveCount(0);
    await expect(accepted.filter({ has: page.getByRole('cell', { name: 'k2', exact: true }) })).toHaveCount(
      1,
    );
    // jose, verifying the real tokens, agrees with the simulation on every row.
    await expect(rows(page).filter({ hasText: /jose: .* · agrees/ })).toHaveCount(4);
    await captureScreens(page, 'rotation');
    await expectNoAxeViolations(page);

    // Move the slider to the end: the old tokens count as retired only after they had expired anyway.
    const slider = page.getByRole('slider', { name: 'Simulated time' });
    await slider.fill(await slider.getAttribute('max').then(String));
    await expect(tokenRow(page, 't5')).toHaveAttribute('data-outcome', 'accepted');
    for (const id of ['t1', 't2', 't3']) {
      await expect(tokenRow(page, id)).toHaveAttribute('data-outcome', 'retired');
      await expect(tokenRow(page, id)).toContainText('had expired anyway');
    }

    // The scenario ends at the real now, so the debugger (real clock) agrees: t5 verifies.
    await tokenRow(page, 't5').getByRole('button', { name: 'Open in debugger: t5' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Debugger' })).toBeVisible();
    await expect(page.getByTestId('key-input')).toHaveValue(/"kid": "k2"/);
    await expectVerdict(page, 'verified');
    await expect(page.getByTestId('decoded-header')).toContainText('"kid": "k2"');
  });
});
