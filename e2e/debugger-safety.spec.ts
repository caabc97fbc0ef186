import { readFileSync } from 'node:fs';
import {
  clearKey,
  expectVerdict,
  MENU_EXAMPLES,
  openDebugger,
  loadExampleByKeyboard,
  recordRequests,
  signHs256,
  TOKENS,
} from './support/debugger';
import { REPO_ROOT } from './support/paths';
import { expect, findForeignRequests, test } from './support/test';

// Per-action trace snapshots make this long walk about four times slower; its assertions say what failed.
test.use({ trace: 'off' });

const SECRET_LIST = '/known-secrets/jwt.secrets.list.gz';

/** One case of data/jose-vectors.json (only the fields used here). */
interface JoseVector {
  readonly id: string;
  readonly token: string;
  readonly key: { readonly secret: string; readonly encoding: string };
}

test.describe('debugger: nothing leaves the page', () => {
  test('a walk through every feature makes same-origin requests only, the secret list included', async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const requests = recordRequests(context);
    const listFetched = context.waitForEvent('requestfinished', (request) =>
      request.url().endsWith(SECRET_LIST),
    );
    const ui = await openDebugger(page);
    // The default key is a secret, so the known-secret list is fetched (by a worker) straight away.
    await listFetched;

    for (const example of MENU_EXAMPLES) await loadExampleByKeyboard(page, example);

    await ui.token.fill(TOKENS.bearerPaste);
    await ui.share.click();
    await expect(page.getByText('A token is a credential')).toBeVisible();
    await ui.token.fill(TOKENS.htmlPayload.token);
    await expect(ui.payload).toContainText('<img src=x onerror=');
    await ui.token.fill(TOKENS.malformed);
    await expectVerdict(page, 'error');
    await page.getByRole('button', { name: /^Theme: / }).click();
    await page.getByRole('button', { name: /^Theme: / }).click();
    await expect(page.getByRole('button', { name: /^Theme: Dark/ })).toBeVisible();

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
