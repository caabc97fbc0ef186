import { test, expect } from './support/test';
import { openDebugger, clearKey, MENU_EXAMPLES } from './support/debugger';

test.use({ trace: 'off' });
test('explore', async ({ page }) => {
  const ui = await openDebugger(page);
  for (const ex of MENU_EXAMPLES) {
    let t = Date.now();
    const laps: string[] = [];
    const lap = (s: string) => { laps.push(`${s} ${Date.now() - t}`); t = Date.now(); };
    await clearKey(page); lap('clear');
    await page.getByRole('button', { name: 'Examples', exact: true }).click(); lap('click');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible(); lap('visible');
    await menu.getByRole('menuitem', { name: ex.label }).click(); lap('item');
    await expect(menu).toBeHidden(); lap('hidden');
    await expect(ui.token).toHaveValue(ex.token); lap('value');
    await expect(ui.status).not.toContainText(/Checking|Enter a key/); lap('settled');
    console.log(ex.id, laps.join(' | '));
  }
});
