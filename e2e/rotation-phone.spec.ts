import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { captureScreens } from './support/screenshots';
import { expect, test } from './support/test';

const timeline = (page: Page): Locator => page.getByRole('img', { name: /Timeline of keys and tokens/ });

/** Every text of the timeline whose box leaves the drawing or the visible part of its section. */
async function clippedTexts(page: Page): Promise<string[]> {
  return timeline(page).evaluate((svg) => {
    const section = svg.closest('section') ?? svg;
    const area = section.getBoundingClientRect();
    const drawing = svg.getBoundingClientRect();
    const left = Math.max(area.left, drawing.left);
    const right = Math.min(area.right, drawing.right);
    return [...svg.querySelectorAll('text')]
      .filter((text) => {
        const box = text.getBoundingClientRect();
        return box.left < left - 0.5 || box.right > right + 0.5 || box.top < drawing.top - 0.5;
      })
      .map((text) => text.textContent ?? '');
  });
}

test.describe('rotation: on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the timeline fits the screen: nothing clipped, the empty state readable', async ({ page }) => {
    await page.goto('/rotation');
    const section = page.getByRole('region', { name: 'Timeline' });
    const empty = section.getByText(
      'No keys yet: pick a guided scenario, or generate a key in the issuer panel.',
    );
    await expect(empty).toBeVisible();
    const emptyBox = await empty.boundingBox();
    expect(emptyBox && emptyBox.x >= 0 && emptyBox.x + emptyBox.width <= 390).toBe(true);
    expect(await clippedTexts(page)).toEqual([]);

    for (const scenario of [
      'Rotate with overlap',
      'Rotate without overlap',
      'Emergency rotation',
      'Stale JWKS cache',
    ]) {
      await page.getByRole('button', { name: scenario, exact: true }).click();
      await expect(section.getByText(/^t1/)).toBeVisible();
      // No sideways scrolling: the drawing is as wide as its section allows, and every label is inside.
      const fits = await timeline(page).evaluate((svg) => {
        const box = svg.parentElement!;
        return box.scrollWidth <= box.clientWidth && svg.getBoundingClientRect().right <= window.innerWidth;
      });
      expect([scenario, fits]).toEqual([scenario, true]);
      expect([scenario, await clippedTexts(page)]).toEqual([scenario, []]);
    }
    await page.getByRole('button', { name: 'Rotate without overlap', exact: true }).click();
    await section.scrollIntoViewIfNeeded();
    await captureScreens(page, 'rotation-phone');
    await expectNoAxeViolations(page);
  });
});
