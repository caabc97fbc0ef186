import type { Locator, Page, Request } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { captureViewports, SCREEN_SIZES } from './support/screenshots';
import { expect, test } from './support/test';

/** Issue 11's experiments, in its order; `/learn` and the debugger link to these ids. */
const ORDER = [
  'alg-none',
  'alg-confusion',
  'embedded-jwk',
  'jku',
  'kid-injection',
  'weak-secret',
  'psychic-signature',
  'claims-unchecked',
  'decode-not-verify',
  'cross-service',
  'payload-is-public',
  'leaked-secret',
] as const;

const card = (page: Page, id: string): Locator =>
  page.locator(`[data-testid="attack-card"][data-attack="${id}"]`);

/** jose's own error codes: ERR_JWS_…, ERR_JWT_…, ERR_JOSE_…, ERR_JWK_…, ERR_JWE_…, ERR_JWKS_… */
const JOSE_CODE = /ERR_(JWS|JWT|JOSE|JWK|JWKS|JWE)_[A-Z_]+/;

const decodeSegment = (segment: string): unknown =>
  JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));

/** Clicks "Run the attack" and waits for both verdicts of this run (the weak secret is cracked in workers). */
async function runAttack(attack: Locator): Promise<void> {
  await attack.getByRole('button', { name: 'Run the attack' }).click();
  await expect(attack.getByRole('status')).toContainText('Hardened verifier:', { timeout: 60_000 });
}

/** The naive verifier lets the forgery in; the hardened one refuses it and shows jose's code. */
async function expectAcceptedThenRefused(attack: Locator): Promise<void> {
  await expect(attack.getByTestId('naive-verdict')).toHaveAttribute('data-state', 'accepted');
  await expect(attack.getByTestId('hardened-verdict')).toHaveAttribute('data-state', 'refused');
  await expect(attack.getByTestId('hardened-verdict')).toContainText(JOSE_CODE);
}

/** Screenshots of one card at desktop and phone width, light and dark, scrolled to it at each size. */
async function captureCard(page: Page, attack: Locator, name: string): Promise<void> {
  await captureViewports(page, name, () =>
    attack.evaluate((element) => element.scrollIntoView({ block: 'start' })),
  );
}

test.describe('attacks', () => {
  // Each journey starts cold (a new context loads the page and jose); the first also cracks a secret.
  test.describe.configure({ timeout: 90_000 });

  test('every experiment runs live: the naive verifier accepts the forgery, the hardened one refuses it', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/attacks');
    await expect(page.getByRole('heading', { level: 1, name: 'Attacks' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Attacks' }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(
      page.getByText('the naive verifiers are deliberately broken code', { exact: false }),
    ).toBeVisible();
    const cards = page.getByTestId('attack-card');
    await expect(cards).toHaveCount(ORDER.length);
    expect(
      await cards.evaluateAll((all) => all.map((element) => element.getAttribute('data-attack'))),
    ).toEqual([...ORDER]);

    const seen: string[] = [];
    const record = (request: Request) => seen.push(request.url());
    page.context().on('request', record);
    for (const id of ORDER) {
      const attack = card(page, id);
      await expect(attack.getByTestId('naive-verdict')).toHaveCount(0);
      seen.length = 0;
      await runAttack(attack);
      await expectAcceptedThenRefused(attack);

      // One token, shown by segment, went to both verifiers; what the naive one let in is that token's payload.
      const forged = (await attack.getByTestId('forged-token').textContent()) ?? '';
      expect(forged, id).toMatch(/^[\w-]+\.[\w-]+\.[\w-]*$/);
      const [header = '', payload = ''] = forged.split('.');
      const shownHeader = await attack.getByLabel('Decoded header of the forged token').textContent();
      expect(JSON.parse(shownHeader ?? ''), id).toEqual(decodeSegment(header));
      const claimsText = await attack
        .getByTestId('naive-verdict')
        .getByLabel('Claims the naive verifier handed to the application')
        .textContent();
      expect(JSON.parse(claimsText ?? ''), id).toEqual(decodeSegment(payload));
      console.log(
        `${id}: naive ${await attack.getByTestId('naive-verdict').getAttribute('data-state')}, hardened ${
          JOSE_CODE.exec((await attack.getByTestId('hardened-verdict').textContent()) ?? '')?.[0]
        }; ${seen.length} requests during the run`,
      );
      if (id === 'jku') {
        // Simulated, and the page says so: not one request while the naive verifier "fetched" the attacker's keys.
        await expect(attack).toContainText('Simulated: nothing is fetched.');
        expect(seen, 'requests made by the jku experiment').toEqual([]);
      }
    }
    page.context().off('request', record);

    await expectNoAxeViolations(page);
    await captureCard(page, card(page, 'alg-none'), 'attacks-alg-none');
    await captureCard(page, card(page, 'weak-secret'), 'attacks-weak-secret');

    // On a phone nothing sticks out sideways, with every result shown.
    await page.setViewportSize(SCREEN_SIZES.phone);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll, 'the page is wider than a 390 px phone').toBeLessThanOrEqual(widths.client);
    // The verdict colours are chosen per scheme: check contrast in dark too.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  test('the inputs are editable: a stale verdict disappears, a re-run forges anew, bad input is named at its field', async ({
    page,
  }) => {
    await page.goto('/attacks');
    const attack = card(page, 'alg-none');
    await runAttack(attack);
    await expectAcceptedThenRefused(attack);
    const first = (await attack.getByTestId('forged-token').textContent()) ?? '';

    await attack.getByText('Edit the inputs').click();
    const claims = attack.getByRole('textbox', { name: 'Claims the attacker writes' });
    await expect(claims).toBeVisible();
    const edited = { ...(JSON.parse(await claims.inputValue()) as object), sub: 'mallory', lab: 'edited' };
    await claims.fill(JSON.stringify(edited));
    await attack.getByRole('combobox', { name: 'Spelling of "none"' }).selectOption('nOnE');
    // The verdicts were for other inputs: none is shown until the attack runs again.
    await expect(attack.getByTestId('naive-verdict')).toHaveCount(0);
    await expect(attack.getByTestId('hardened-verdict')).toHaveCount(0);
    await expect(attack).toContainText('The inputs changed since the last run.');
    await expect(attack.getByText('Edit the inputs (edited)')).toBeVisible();

    await runAttack(attack);
    await expectAcceptedThenRefused(attack);
    const second = (await attack.getByTestId('forged-token').textContent()) ?? '';
    expect(second).not.toBe(first);
    const [header = '', payload = ''] = second.split('.');
    expect(decodeSegment(header)).toMatchObject({ alg: 'nOnE' });
    expect(decodeSegment(payload)).toMatchObject({ sub: 'mallory', lab: 'edited' });
    await expect(attack.getByTestId('naive-verdict')).toContainText('"lab": "edited"');

    await claims.fill('{"sub": "mallory",');
    await attack.getByRole('button', { name: 'Run the attack' }).click();
    await expect(attack.getByRole('status')).toHaveText('The attack could not run with these inputs.');
    await expect(claims).toHaveAttribute('aria-invalid', 'true');
    await expect(attack.locator('[data-error-code="PAYLOAD_NOT_JSON"]')).toContainText('not valid JSON');
    await expect(attack.getByTestId('naive-verdict')).toHaveCount(0);

    await attack.getByRole('button', { name: 'Reset the inputs' }).click();
    await expect(attack.getByText('Edit the inputs', { exact: true })).toBeVisible();
    await expect(claims).not.toHaveAttribute('aria-invalid', 'true');
    await runAttack(attack);
    await expectAcceptedThenRefused(attack);
    expect(
      decodeSegment(((await attack.getByTestId('forged-token').textContent()) ?? '').split('.')[0] ?? ''),
    ).toMatchObject({
      alg: 'none',
    });
    await expectNoAxeViolations(page);
  });

  test('/attacks#<id> scrolls to and focuses that card; the defence links lead into the app and back', async ({
    page,
  }) => {
    await page.goto('/attacks#kid-injection');
    await expect(card(page, 'kid-injection')).toBeFocused();
    await expect(card(page, 'kid-injection')).toBeInViewport();

    // The index at the top is plain fragment links.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('navigation', { name: 'Experiments' }).getByRole('link').nth(5).click();
    await expect(page).toHaveURL(/\/attacks#weak-secret$/);
    await expect(card(page, 'weak-secret')).toBeFocused();
    await expect(card(page, 'weak-secret')).toBeInViewport();
    await page.goBack();
    await expect(page).toHaveURL(/\/attacks#kid-injection$/);
    await expect(card(page, 'kid-injection')).toBeFocused();

    // From another page, the way the debugger's warnings link here: pushState and popstate, no reload.
    await page.goto('/');
    await page.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'same document';
      window.history.pushState(null, '', '/attacks#jku');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(card(page, 'jku')).toBeFocused();
    await expect(card(page, 'jku')).toBeInViewport();

    // After a run, a defence link to the debugger carries the forged token there (in memory), so the
    // debugger's own warning for it shows.
    const jku = card(page, 'jku');
    await runAttack(jku);
    const forged = (await jku.getByTestId('forged-token').textContent()) ?? '';
    await jku.getByRole('link', { name: 'The debugger warns when a header names a key URL' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('token-input')).toHaveValue(forged);
    await expect(page.getByText('names a URL to fetch its key set from (jku)')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'same document',
    );
    await page.goBack();
    await expect(card(page, 'jku')).toBeFocused();

    // Each card links to where the app shows the defence, in-app.
    const links = await page.getByTestId('attack-card').evaluateAll((all) =>
      all.map((element) => {
        const anchors = [...element.querySelectorAll('a')].filter((a) =>
          a.getAttribute('href')?.startsWith('/'),
        );
        return anchors.map((a) => a.getAttribute('href'));
      }),
    );
    expect(
      links.every((hrefs) => hrefs.length === 1),
      JSON.stringify(links),
    ).toBe(true);
    const weak = card(page, 'weak-secret');
    const defence = weak.getByRole('link', { name: /Keys/ });
    const path = (await defence.getAttribute('href')) ?? '';
    await defence.click();
    await expect(page).toHaveURL(new RegExp(`${path.replace(/[?#].*$/, '')}([?#].*)?$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'same document',
    );
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Attacks' })).toBeVisible();
    await expect(card(page, 'jku')).toBeFocused();
  });
});
