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

/** The timeline drawing; each stretch of a token's bar carries the outcome it is coloured by. */
const timelineSpans = (page: Page): Promise<(string | null)[]> =>
  page
    .getByRole('img', { name: /Timeline of keys and tokens/ })
    .locator('line[data-outcome]')
    .evaluateAll((all) => all.map((line) => line.getAttribute('data-outcome')));

/** Waits until jose has checked every row, so the table has settled for the moment shown. */
async function settled(page: Page): Promise<void> {
  await expect(rows(page).filter({ hasText: 'jose: checking' })).toHaveCount(0);
}

test.describe('rotation: with overlap', () => {
  test('nobody is refused at any moment, and the key moment opens verified in the debugger', async ({
    page,
  }) => {
    await page.goto('/rotation');
    await expect(page.getByRole('heading', { level: 1, name: 'Key rotation' })).toBeVisible();
    await page.getByRole('button', { name: 'Rotate with overlap', exact: true }).click();
    await expect(page.getByText('Rotation with overlap', { exact: true })).toBeVisible();

    // It opens at its key moment, the switch: tokens of both keys accepted side by side.
    const theSwitch = page.getByRole('button', { name: /The switch/ });
    await expect(theSwitch).toHaveAttribute('aria-pressed', 'true');
    await expect(theSwitch).toContainText('key moment');
    await expect(rows(page)).toHaveCount(4);
    const accepted = rows(page).and(page.locator('[data-outcome="accepted"]'));
    await expect(
      accepted.filter({ has: page.getByRole('cell', { name: 'k1', exact: true }) }),
    ).not.toHaveCount(0);
    await expect(accepted.filter({ has: page.getByRole('cell', { name: 'k2', exact: true }) })).toHaveCount(
      1,
    );
    // jose, verifying the real tokens, agrees with the simulation on every row.
    await expect(rows(page).filter({ hasText: /jose: .* · agrees/ })).toHaveCount(4);

    // The controls show this scenario's settings, as the verifier panel does: ES256, a 5-minute cache.
    await expect(page.getByLabel('Key type')).toHaveValue('es256');
    await expect(page.getByLabel('Token lifetime')).toHaveValue('900');
    await expect(page.getByLabel('JWKS cache of a new world')).toHaveValue('300');
    await expect(page.getByText("This world's verifier: cached for 5 min.")).toBeVisible();
    await expect(page.getByRole('region', { name: /^Verifier at/ })).toContainText('Cached for 5 min');
    await captureScreens(page, 'rotation');
    await expectNoAxeViolations(page);

    // Every moment, and the slider from start to end: each token is accepted or expired, never refused.
    for (const moment of [
      /k2 is published; k1 still signs/,
      /k1 retired just as/,
      /drops k1 from its JWKS/,
    ]) {
      await page.getByRole('button', { name: moment }).click();
      await expect(page.getByRole('button', { name: moment })).toHaveAttribute('aria-pressed', 'true');
      await settled(page);
      const seen = await outcomes(page);
      expect(seen.length).toBeGreaterThan(0);
      for (const outcome of seen) expect(['accepted', 'expired']).toContain(outcome);
    }
    const slider = page.getByRole('slider', { name: 'Simulated time' });
    const [min, max] = [Number(await slider.getAttribute('min')), Number(await slider.getAttribute('max'))];
    for (let at = min; at <= max; at += 200) {
      await slider.fill(String(at));
      for (const outcome of await outcomes(page))
        expect([at - min, outcome]).toEqual([at - min, expect.stringMatching(/^(accepted|expired)$/)]);
    }
    // Every token bar, over its whole life, is only ever accepted or expired.
    expect(new Set(await timelineSpans(page))).toEqual(new Set(['accepted', 'expired']));

    // At the end k1 is long retired: its tokens are expired (the class their holders see), and the
    // note says the key is gone too; jose, which looks up the key before exp, names the key.
    await slider.fill(String(max));
    await expect(tokenRow(page, 't5')).toHaveAttribute('data-outcome', 'accepted');
    for (const id of ['t1', 't2', 't3']) {
      await expect(tokenRow(page, id)).toHaveAttribute('data-outcome', 'expired');
      await expect(tokenRow(page, id)).toContainText('has since been retired');
      await expect(tokenRow(page, id)).toContainText('key retired too');
      await expect(tokenRow(page, id)).toContainText(
        'jose: no matching key (key checked before exp) · agrees',
      );
    }

    // The key moment is the real now, so the debugger (real clock) agrees there: t4, signed by k2, verifies.
    await theSwitch.click();
    await expect(tokenRow(page, 't4')).toContainText('agrees');
    await tokenRow(page, 't4').getByRole('button', { name: 'Open in debugger: t4' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Debugger' })).toBeVisible();
    await expect(page.getByTestId('key-input')).toHaveValue(/"kid": "k2"/);
    await expectVerdict(page, 'verified');
    await expect(page.getByTestId('verify-status')).toHaveAttribute('data-claims', 'ok');
    await expect(page.getByTestId('decoded-header')).toContainText('"kid": "k2"');
  });
});
