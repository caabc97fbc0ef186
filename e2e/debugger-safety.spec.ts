import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  claimRow,
  clearKey,
  expectVerdict,
  MENU_EXAMPLES,
  openDebugger,
  pickExample,
  recordRequests,
  signHs256,
  TOKENS,
} from './support/debugger';
import { REPO_ROOT } from './support/paths';
import { expect, findForeignRequests, test } from './support/test';

const SECRET_LIST = '/known-secrets/jwt.secrets.list.gz';

/** What an injected handler would set; it must stay undefined. */
const readXss = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

/** One case of data/jose-vectors.json (only the fields used here). */
interface JoseVector {
  readonly id: string;
  readonly token: string;
  readonly key: { readonly secret: string; readonly encoding: string };
}

test.describe('debugger: hostile input', () => {
  test('HTML in the header and payload is shown as text and never runs', async ({ page }) => {
    const { token, key, secretEncoding } = TOKENS.htmlPayload;
    const ui = await openDebugger(page);
    await clearKey(page);
    await ui.token.fill(token);
    await expect(ui.payload).toContainText('"name": "<img src=x onerror=\\"window.__xss=1\\">"');
    await expect(ui.payload).toContainText('"bio": "<script>window.__xss=2</script>"');
    await expect(claimRow(page, 'name')).toContainText('<img src=x onerror="window.__xss=1">');
    await ui.encoding.selectOption(secretEncoding);
    await ui.key.fill(key);
    await expectVerdict(page, 'verified', 'Signature verified');

    // The same in the header, where a kid is the classic place to smuggle markup.
    const kid = '<img src=y onerror="window.__xss=3"><svg onload="window.__xss=4">';
    await ui.token.fill(signHs256({ sub: '<b>bold</b>' }, Buffer.from(key, 'base64url'), { kid }));
    await expect(ui.header).toContainText(JSON.stringify(kid));
    await expect(claimRow(page, 'kid')).toContainText(kid);
    await expectVerdict(page, 'verified', 'Signature verified');

    // Pasted HTML that is not a token at all.
    await ui.token.fill('<img src=z onerror="window.__xss=5">');
    await expectVerdict(page, 'error');

    for (const panel of [ui.header, ui.payload, page.getByRole('main')]) {
      await expect(panel.locator('img, script, iframe, object, embed, svg[onload]')).toHaveCount(0);
    }
    await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
    expect(await readXss(page)).toBeUndefined();
  });
});

test.describe('debugger: nothing leaves the page', () => {
  test('a walk through every feature makes same-origin requests only, the secret list included', async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
    const requests = recordRequests(context);
    const listFetched = context.waitForEvent('requestfinished', (request) =>
      request.url().endsWith(SECRET_LIST),
    );
    const ui = await openDebugger(page);
    // The default key is a secret, so the known-secret list is fetched (by a worker) straight away.
    await listFetched;

    for (const example of MENU_EXAMPLES) {
      await pickExample(page, example.label, 'keyboard');
      await expect(ui.token).toHaveValue(example.token);
      await expect(ui.status).not.toContainText('Checking');
    }

    const { token, jwks } = TOKENS.rs256;
    await clearKey(page);
    await ui.token.fill(token);
    await ui.key.fill(jwks);
    await expectVerdict(page, 'verified', '(key 2 of the set)');

    // A secret printed by jwt.io itself: named at once from the built-in table.
    const vectors = JSON.parse(readFileSync(`${REPO_ROOT}data/jose-vectors.json`, 'utf8')) as JoseVector[];
    const weak = vectors.find((vector) => vector.id === 'weak-secret-HS256-secret');
    if (!weak) throw new Error('data/jose-vectors.json has no weak-secret-HS256-secret case');
    await clearKey(page);
    await ui.token.fill(weak.token);
    await ui.encoding.selectOption(weak.key.encoding);
    await ui.key.fill(weak.key.secret);
    await expectVerdict(page, 'verified', 'Signature verified');
    const known = ui.warnings.getByRole('note').filter({ hasText: 'This secret is public' });
    await expect(known).toContainText("jwt.io's original default secret");
    await expect(
      ui.warnings.getByRole('note').filter({ hasText: 'RFC 7518 §3.2 requires at least 32 bytes' }),
    ).toBeVisible();

    // A secret only the downloaded wallarm list knows: proves the list was fetched and searched.
    const listed = 'ofcourseistillloveyou';
    await clearKey(page);
    await ui.token.fill(signHs256({ sub: 'user-list', exp: 4102444800 }, listed));
    await ui.key.fill(listed);
    await expectVerdict(page, 'verified', 'Signature verified');
    await expect(known).toContainText(/listed in the wallarm\/jwt-secrets list of [\d,]+ known JWT secrets/);

    const urls = requests.map((request) => request.url);
    expect(urls).toContain(`${origin}${SECRET_LIST}`);
    expect(
      urls.filter((url) => url.endsWith(SECRET_LIST)),
      'the list is fetched once per page',
    ).toHaveLength(1);
    expect(requests.some((request) => /known-secrets\.worker.*\.js$/.test(request.url))).toBe(true);
    expect(findForeignRequests(requests, origin)).toEqual([]);
  });
});
