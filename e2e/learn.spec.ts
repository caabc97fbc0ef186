import { createHmac } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { forEachScreen, SCREEN_SIZES, screenshotPath, settleFrames } from './support/screenshots';
import { expect, test } from './support/test';

/** Issue 12's sections, in the seed article's order: `/learn#<id>` anchors. */
const SECTIONS = [
  ['what-is-a-secret-key', 'What a secret key is'],
  ['why-it-matters', 'Why it matters'],
  ['generation', 'Generation'],
  ['storage', 'Storage'],
  ['usage', 'Usage'],
  ['rotation', 'Rotation'],
  ['pitfalls', 'Pitfalls'],
] as const;

const section = (page: Page, index: number): Locator => {
  const [, title] = SECTIONS[index] ?? ['', ''];
  return page.getByRole('region', { name: `${index + 1}. ${title}`, exact: true });
};
const experiment = (page: Page, title: string): Locator =>
  page.getByRole('region', { name: `Experiment: ${title}` });

const decodeSegment = (segment: string): unknown =>
  JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));

/** Reveals a section's "check yourself" answer and checks it shows, with the button saying so. */
async function revealAnswer(part: Locator): Promise<void> {
  const check = part.getByRole('group', { name: 'Check yourself' });
  const button = check.getByRole('button', { name: 'Reveal the answer' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  const answer = check.locator(`#${(await button.getAttribute('aria-controls'))?.replaceAll(':', '\\:')}`);
  await expect(answer).toBeHidden();
  await button.click();
  await expect(check.getByRole('button', { name: 'Hide the answer' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(answer).toBeVisible();
  expect((await answer.textContent())?.length ?? 0).toBeGreaterThan(40);
}

/** True when the element's top lies just below the sticky app bar: scrolled to, and not hidden under the bar. */
async function isScrolledTo(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    const bar = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const top = element.getBoundingClientRect().top;
    return top >= bar - 1 && top < bar + 160;
  });
}

/** Screenshots of each named section at desktop and phone width, light and dark, scrolled to it each time. */
async function captureSections(page: Page, ids: readonly string[]): Promise<void> {
  await forEachScreen(page, async (size, scheme) => {
    for (const id of ids) {
      // `<id>-try` is the section's experiment, scrolled to the top (below the sticky app bar).
      await page.evaluate((name) => {
        const [sectionId = '', part] = name.split(/-(?=try$)/);
        const target =
          part === 'try'
            ? document.getElementById(sectionId)?.querySelector('[aria-label^="Experiment:"]')
            : document.getElementById(sectionId);
        if (name === 'top') window.scrollTo(0, 0);
        else if (target) {
          const bar = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
          window.scrollTo(0, window.scrollY + target.getBoundingClientRect().top - bar - 8);
        }
      }, id);
      await settleFrames(page);
      await page.screenshot({
        path: screenshotPath(`learn-${id}`, size, scheme),
        animations: 'disabled',
        caret: 'hide',
      });
    }
  });
}

test.describe('learn', () => {
  test.describe.configure({ timeout: 120_000 });

  test('walks the lesson top to bottom, running every experiment and revealing every answer', async ({
    page,
  }) => {
    // Seven experiments, two axe scans and 32 screenshots: minutes on a shared 2-core machine.
    test.setTimeout(300_000);
    await page.goto('/learn');
    await expect(page.getByRole('heading', { level: 1, name: 'Learn: the JWT secret key' })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Learn' }),
    ).toHaveAttribute('aria-current', 'page');
    const toc = page.getByRole('navigation', { name: 'Lesson sections' }).getByRole('link');
    expect(await toc.allTextContents()).toEqual(SECTIONS.map(([, title]) => title));
    expect(await toc.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      SECTIONS.map(([id]) => `#${id}`),
    );

    // 1. The HMAC is over base64url(header).base64url(payload), with the secret's bytes: node agrees.
    const sign = experiment(page, 'Sign a token');
    const signature = sign.getByLabel('Signature (base64url)');
    await expect(signature).toHaveText(/^[\w-]{43}$/);
    const expectNodeAgrees = async () => {
      const secret = await sign.getByLabel('Secret key (base64url)').inputValue();
      const input = (await sign.getByLabel(/^Signing input/).textContent()) ?? '';
      const mac = createHmac('sha256', Buffer.from(secret, 'base64url')).update(input);
      await expect(signature).toHaveText(mac.digest('base64url'));
      const token = (await sign.getByLabel('Signed token').textContent()) ?? '';
      expect(token).toBe(`${input}.${await signature.textContent()}`);
      return token;
    };
    const first = await expectNodeAgrees();
    expect(decodeSegment(first.split('.')[0] ?? '')).toEqual({ alg: 'HS256', typ: 'JWT' });
    await sign.getByLabel('Payload (JSON)').fill('{"sub":"bob","admin":true}');
    await expect(sign.getByLabel('Payload decoded without the key')).toHaveText('{"sub":"bob","admin":true}');
    const second = await expectNodeAgrees();
    expect(second).not.toBe(first);
    await expect(sign.getByLabel('Base64url, three bytes at a time')).toContainText("'{' 123");
    await expect(sign.getByLabel('Base64url, three bytes at a time')).toContainText('011110=30→e');
    await sign.getByRole('button', { name: 'New random secret' }).click();
    const third = await expectNodeAgrees();
    expect(third.split('.')[2]).not.toBe(second.split('.')[2]);
    await sign.getByLabel('Payload (JSON)').fill('{"sub":');
    await expect(sign.locator('[data-error-code="PAYLOAD_NOT_JSON"]')).toBeVisible();
    await sign.getByLabel('Payload (JSON)').fill('{"sub":"alice"}');
    await sign.getByLabel('Secret key (base64url)').fill('c2hvcnQ');
    await expect(sign.getByText('This secret is 5 bytes; HS256 needs at least 32')).toBeVisible();
    await expectNodeAgrees();
    await sign.getByRole('button', { name: 'New random secret' }).click();
    await expectNodeAgrees();
    await revealAnswer(section(page, 0));

    // 2. Without the key the admin token is refused; with the server's secret it is accepted.
    const forge = experiment(page, 'Forge an admin token');
    await expect(forge.getByLabel('alice’s genuine token')).toHaveText(/^[\w-]+\.[\w-]+\.[\w-]{43}$/);
    const attempts: readonly [string, string, 'accepted' | 'refused'][] = [
      ['Without the key: keep alice’s signature', 'Send it with the old signature', 'refused'],
      ['Without the key: sign with a guess', 'Sign with the guess', 'refused'],
      ['With the key: sign with the server’s secret', 'Sign with the secret', 'accepted'],
    ];
    for (const [group, button, state] of attempts) {
      const attempt = forge.getByRole('group', { name: group });
      await attempt.getByRole('button', { name: button }).click();
      await expect(attempt.getByRole('status', { name: 'The server’s verdict' })).toHaveAttribute(
        'data-state',
        state,
      );
      const sent = (await attempt.getByLabel('The token the attacker sent').textContent()) ?? '';
      expect(decodeSegment(sent.split('.')[1] ?? '')).toEqual({ sub: 'alice', role: 'admin' });
    }
    await expect(forge.getByRole('group', { name: attempts[0]![0] })).toContainText('Invalid signature');
    await revealAnswer(section(page, 1));

    // 3. A CSPRNG secret of the hash's size is strong; the human one is not.
    const generation = experiment(page, 'Generate a secret, and compare it with a human one');
    await generation.getByRole('button', { name: 'Generate a secret' }).click();
    await expect(generation.getByLabel('Generated secret (base64url)')).toHaveText(/^[\w-]{43}$/);
    const table = generation.getByRole('table', { name: 'The two secrets, assessed' });
    await expect(table.locator('[data-verdict]')).toHaveCount(2, { timeout: 20_000 });
    await expect(table.locator('[data-verdict]').first()).toHaveAttribute('data-verdict', 'strong');
    await expect(table.locator('[data-verdict]').nth(1)).toHaveAttribute('data-verdict', /weak|public/);
    await generation.getByLabel('A secret a person chose').fill('secret');
    await expect(table.locator('[data-verdict]').nth(1)).toHaveAttribute('data-verdict', 'public');
    await generation.getByLabel('Algorithm').selectOption('HS512');
    await generation.getByRole('button', { name: 'Generate another' }).click();
    await expect(generation.getByLabel('Generated secret (base64url)')).toHaveText(/^[\w-]{86}$/);
    await expect(generation.getByLabel('The same bytes in hex')).toHaveText(/^[0-9a-f]{128}$/);
    await expect(table.getByRole('row', { name: /^Size/ })).toContainText('64 bytes');
    await revealAnswer(section(page, 2));

    // 4. XSS takes a token from localStorage and replays it; an HttpOnly cookie leaves it nothing.
    const storage = experiment(page, 'Let an XSS hole run a script');
    const replay = storage.getByRole('status', { name: 'The API’s verdict on the replayed token' });
    await expect(storage.getByLabel('localStorage')).toBeChecked();
    await storage.getByRole('button', { name: 'Run the injected script' }).click();
    await expect(replay).toHaveAttribute('data-state', 'accepted');
    await expect(storage.getByLabel('The injected script and what each line returned')).toContainText(
      /"eyJ[\w-]+\.[\w-]+\.[\w-]+"/,
    );
    await storage.getByLabel('An HttpOnly, Secure, SameSite cookie').check();
    await expect(replay).toHaveCount(0);
    await storage.getByRole('button', { name: 'Run the injected script' }).click();
    await expect(replay).toHaveAttribute('data-state', 'refused');
    await expect(storage).toContainText('HttpOnly keeps it out of JavaScript');
    await revealAnswer(section(page, 3));

    // 5. With the claim checks off, only the pinned algorithm stops a token; with them on, only alice's gets in.
    const usage = experiment(page, 'Decide what your verifier checks');
    await usage.getByRole('button', { name: 'Send the five tokens' }).click();
    const verdicts = usage.getByRole('list', { name: 'The verifier’s verdicts' }).getByRole('status');
    await expect(verdicts).toHaveCount(5);
    const states = () =>
      verdicts.evaluateAll((all) => all.map((status) => status.getAttribute('data-state')));
    expect(await states()).toEqual(['accepted', 'accepted', 'accepted', 'accepted', 'refused']);
    for (const name of [/exp/, /iss/, /aud/]) await usage.getByRole('checkbox', { name }).check();
    await expect.poll(states).toEqual(['accepted', 'refused', 'refused', 'refused', 'refused']);
    await expect(verdicts.nth(1)).toContainText('expired');
    await expect(verdicts.nth(2)).toContainText('billing.example.com');
    await revealAnswer(section(page, 4));

    // 6. The rotation scenarios, scrubbed: overlap keeps everyone in; without it, live sessions break.
    const rotation = experiment(page, 'Rotate a key');
    const fates = rotation.getByRole('list', { name: 'What the verifier says now' }).getByRole('listitem');
    await expect(rotation.getByLabel(/^Moment: T\+15m/)).toHaveValue('900');
    expect(await fates.evaluateAll((all) => all.map((li) => li.getAttribute('data-outcome')))).toEqual([
      'expired',
      'accepted',
      'accepted',
      'accepted',
    ]);
    await rotation.getByLabel('Scenario').selectOption('no-overlap');
    await expect(fates.filter({ hasText: 'Retired key' })).toHaveCount(2);
    await rotation.getByRole('button', { name: /T\+11m 40s: The switch/ }).click();
    await expect(fates.filter({ hasText: 'Unknown kid' })).toHaveCount(1);
    await rotation.getByLabel(/^Moment:/).fill('0');
    await expect(rotation.getByLabel(/^Moment: T\+0/)).toBeVisible();
    await expect(fates).toHaveCount(1);
    await revealAnswer(section(page, 5));

    // 7. The pitfalls link to their experiments; one runs here: naive accepts, hardened refuses.
    const pitfalls = section(page, 6);
    const list = pitfalls.getByRole('list', { name: 'The pitfalls' }).getByRole('link');
    await expect(list).toHaveCount(12);
    expect((await list.evaluateAll((links) => links.map((link) => link.getAttribute('href'))))[0]).toBe(
      '/attacks#alg-none',
    );
    const attack = experiment(page, 'Run an attack');
    for (const id of ['alg-none', 'weak-secret']) {
      await attack.getByLabel('Pitfall').selectOption(id);
      await attack.getByRole('button', { name: 'Run the attack' }).click();
      await expect(attack.getByRole('status', { name: 'Naive verifier' })).toHaveAttribute(
        'data-state',
        'accepted',
      );
      await expect(attack.getByRole('status', { name: 'Hardened verifier' })).toHaveAttribute(
        'data-state',
        'refused',
      );
      await expect(attack.getByRole('status', { name: 'Hardened verifier' })).toContainText(/ERR_J/);
    }
    await revealAnswer(pitfalls);

    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await captureSections(page, ['top', ...SECTIONS.flatMap(([id]) => [id, `${id}-try`])]);
  });

  test('anchors open their section, from a link, the contents and back', async ({ page }) => {
    await page.goto('/learn#generation');
    const generation = page.locator('#generation');
    await expect.poll(() => isScrolledTo(generation)).toBe(true);
    await expect(generation).toBeFocused();

    await page.goto('/learn');
    await page
      .getByRole('navigation', { name: 'Lesson sections' })
      .getByRole('link', { name: 'Rotation' })
      .click();
    await expect(page).toHaveURL(/\/learn#rotation$/);
    await expect.poll(() => isScrolledTo(page.locator('#rotation'))).toBe(true);
    await page
      .getByRole('navigation', { name: 'Lesson sections' })
      .getByRole('link', { name: 'Pitfalls' })
      .click();
    await expect.poll(() => isScrolledTo(page.locator('#pitfalls'))).toBe(true);
    await page.goBack();
    await expect(page).toHaveURL(/\/learn#rotation$/);
    await expect.poll(() => isScrolledTo(page.locator('#rotation'))).toBe(true);

    // On a phone too, the sticky app bar (two rows there) does not cover the heading.
    await page.setViewportSize(SCREEN_SIZES.phone);
    await page.goto('/learn#usage');
    const heading = page.getByRole('heading', { level: 2, name: '5. Usage' });
    await expect.poll(() => isScrolledTo(page.locator('#usage'))).toBe(true);
    const bar = await page.getByRole('banner').boundingBox();
    const box = await heading.boundingBox();
    expect(box?.y ?? 0).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0));
  });

  test('links move between the lesson and the tools in the app, without a reload', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => Object.assign(window, { learnMarker: 'same page' }));
    const marker = () => page.evaluate(() => (window as unknown as { learnMarker?: string }).learnMarker);
    await page.getByRole('link', { name: 'New to JWTs? Take the guided lesson' }).click();
    await expect(page).toHaveURL(/\/learn$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Learn: the JWT secret key' })).toBeVisible();
    expect(await marker()).toBe('same page');

    // A pitfall opens its card on /attacks.
    await section(page, 6).getByRole('link', { name: 'Algorithm confusion (RS256 → HS256)' }).click();
    await expect(page).toHaveURL(/\/attacks#alg-confusion$/);
    const card = page.locator('[data-testid="attack-card"][data-attack="alg-confusion"]');
    await expect.poll(() => isScrolledTo(card)).toBe(true);
    expect(await marker()).toBe('same page');

    for (const [index, name, path, h1] of [
      [2, /on Keys$/, '/keys', 'Keys'],
      [5, /on Rotation$/, '/rotation', 'Key rotation'],
      [1, /tamper demo/, '/encoder#tamper-title', 'Encoder'],
    ] as const) {
      await page.goto('/learn');
      await page.evaluate(() => Object.assign(window, { learnMarker: 'same page' }));
      await section(page, index).getByRole('link', { name }).click();
      await expect(page).toHaveURL(new RegExp(`${path.replace('#', '\\#')}$`));
      await expect(page.getByRole('heading', { level: 1, name: h1 })).toBeVisible();
      expect(await marker()).toBe('same page');
    }
    // The encoder's tamper section sits below two Monaco editors that load lazily (~1.3 MB): on a busy
    // machine the fragment scroll settles only once they have laid out.
    await expect.poll(() => isScrolledTo(page.locator('#tamper-title')), { timeout: 20_000 }).toBe(true);

    // The usage section hands alice's token and its key to the debugger, in memory: it verifies there.
    await page.goto('/learn');
    const usage = experiment(page, 'Decide what your verifier checks');
    await usage.getByRole('button', { name: 'Send the five tokens' }).click();
    await expect(
      usage.getByRole('list', { name: 'The verifier’s verdicts' }).getByRole('status'),
    ).toHaveCount(5);
    await usage.getByRole('link', { name: 'open alice’s token in the Debugger' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('verify-status')).toHaveAttribute('data-state', 'verified');
    const token = await page.getByTestId('token-input').inputValue();
    expect(decodeSegment(token.split('.')[1] ?? '')).toMatchObject({ sub: 'alice', aud: 'api.example.com' });
  });
});
