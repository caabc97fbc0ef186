import { randomBytes } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import {
  claimRow,
  clearKey,
  expectVerdict,
  MENU_EXAMPLES,
  openDebugger,
  signHs256,
  TOKENS,
} from './support/debugger';
import { expect, test } from './support/test';

/** What an injected handler would set; it must stay undefined. */
const readXss = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

/** The JSON inside a compact token's segment, decoded here in Node (not by the app). */
const segmentJson = (token: string, index: number): unknown =>
  JSON.parse(Buffer.from(token.split('.')[index] ?? '', 'base64url').toString('utf8'));

/**
 * Waits until a decoded panel shows JSON equal to `expected`. Decoding follows the field a moment later
 * (deferred), so one read right after a paste can still show the previous token's part.
 */
const expectShownJson = (panel: Locator, expected: unknown) =>
  expect
    .poll(async () => {
      try {
        return JSON.parse((await panel.textContent()) ?? '') as unknown;
      } catch {
        return undefined; // not JSON yet
      }
    })
    .toEqual(expected);

test.describe('debugger: decoding what people paste', () => {
  test('a "Bearer " paste is cleaned up, says what was removed, and decodes and verifies', async ({
    page,
  }) => {
    const ui = await openDebugger(page);
    await expect(page.getByRole('textbox', { name: 'Encoded token' })).toHaveAttribute(
      'data-testid',
      'token-input',
    );
    await clearKey(page);

    await ui.token.fill(TOKENS.bearerPaste);
    const clean = TOKENS.bearerPaste.replace(/^Bearer /, '').trim();
    await expect(ui.token, 'the field shows the cleaned token').toHaveValue(clean);
    await expect(ui.tokenSection.getByRole('alert')).toHaveText(
      'Cleaned up the paste: Removed the "Bearer " prefix.Undo cleanup',
    );
    await expect(ui.parts.getByRole('listitem')).toHaveText([
      /^Header\s*27 bytes/,
      /^Payload/,
      /^Signature\s*32 bytes/,
    ]);

    await expectShownJson(ui.header, segmentJson(clean, 0));
    await expectShownJson(ui.payload, segmentJson(clean, 1));
    await expect(ui.payload, 'pretty-printed').toContainText(
      '{\n  "sub": "user-1234",\n  "name": "Ada Lovelace"',
    );
    await expectVerdict(page, 'unverified', 'Enter a key to verify this HS256 signature');

    await ui.encoding.selectOption(TOKENS.hs256.secretEncoding);
    await ui.key.fill(TOKENS.hs256.key);
    await expectVerdict(page, 'verified', 'Signature verified');

    // The cleanup can be undone: the field gets the paste back as it was, and still decodes.
    await page.getByRole('button', { name: 'Undo cleanup' }).click();
    await expect(ui.token).toHaveValue(TOKENS.bearerPaste);
    await expectVerdict(page, 'verified', 'Signature verified');
  });

  test('a malformed token is an error with a specific message, and its header is still decoded', async ({
    page,
  }) => {
    const ui = await openDebugger(page);
    await ui.token.fill(TOKENS.malformed);
    await expectVerdict(page, 'error', 'Malformed token');

    const verdictError = ui.status.locator('[data-error-code]');
    await expect(verdictError).toBeVisible();
    const message = (await verdictError.textContent()) ?? '';
    expect(message.length, `"${message}" is too short to say what is wrong`).toBeGreaterThan(40);
    expect(message).not.toMatch(/^\s*invalid( token| jwt)?\.?\s*$/i);

    // The same problem is shown beside the input it belongs to (the token field or the part's panel).
    const besideInput = ui.tokenSection
      .locator('[data-error-code]')
      .or(ui.payloadSection.locator('[data-error-code]'));
    await expect(besideInput.first()).toBeVisible();

    await expectShownJson(ui.header, { alg: 'HS256' });
    await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0);
  });
});

test.describe('debugger: links', () => {
  test('#token=, #id_token= and #access_token= links open that token with no key', async ({ page }) => {
    const { token, kid } = TOKENS.rs256;
    const ui = await openDebugger(page, `/#token=${token}`);
    await expect(ui.token).toHaveValue(token);
    await expect(ui.key).toHaveValue('');
    await expectVerdict(page, 'unverified', 'Enter a key to verify this RS256 signature');
    await expect(ui.header).toContainText(`"kid": "${kid}"`);

    // A fragment change alone does not reload the page, so start from a blank one each time.
    for (const [name, linked] of [
      ['id_token', TOKENS.expired.token],
      ['access_token', TOKENS.hs256Base64Secret.token],
    ] as const) {
      await page.goto('about:blank');
      await openDebugger(page, `/#${name}=${linked}`);
      await expect(ui.token).toHaveValue(linked);
      await expect(ui.key).toHaveValue('');
      await expectVerdict(page, 'unverified', 'Enter a key to verify this HS256 signature');
      await expectShownJson(ui.payload, segmentJson(linked, 1));
    }
  });

  test('"Copy share link" copies a #token= link without the key, warns, and the link opens the token', async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const { token, pem } = TOKENS.rs256;
    const ui = await openDebugger(page);
    await clearKey(page);
    await ui.token.fill(`Bearer ${token}`);
    await ui.key.fill(pem);
    await expectVerdict(page, 'verified', 'Algorithm pinned to RS256');
    await expect(page.getByText('A token is a credential')).toHaveCount(0);

    await ui.share.click();
    await expect(page.getByText('Link copied, without the key.')).toBeVisible();
    await expect(page.getByText('A token is a credential')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${origin}/#token=${token}`);
    expect(link).not.toContain('Bearer');
    const pemBody = pem.split('\n')[1] ?? 'missing';
    expect(link).not.toContain(pemBody);
    expect(link).not.toContain(encodeURIComponent(pemBody));

    const opened = await context.newPage();
    const there = await openDebugger(opened, link.slice(origin.length));
    await expect(there.token).toHaveValue(token);
    await expect(there.key).toHaveValue('');
    await expectVerdict(opened, 'unverified', 'Enter a key to verify this RS256 signature');
    await opened.close();
  });
});

test.describe('debugger: a megabyte token', () => {
  test('a ~1 MB HS256 token decodes and verifies while the page stays responsive', async ({ page }) => {
    const secret = randomBytes(32);
    const big = 'x'.repeat(750_000);
    const token = signHs256({ sub: 'user-big', big, exp: 4102444800 }, secret);
    expect(token.length).toBeGreaterThan(1_000_000);

    const ui = await openDebugger(page);
    await ui.encoding.selectOption('base64url');
    await ui.key.fill(secret.toString('base64url'));
    await expectVerdict(page, 'invalid', 'Invalid signature'); // the default token, with the new key

    await ui.token.fill(token);
    await expectVerdict(page, 'verified', 'Algorithm pinned to HS256');
    await expect(ui.parts.getByRole('listitem').filter({ hasText: 'Payload' })).toContainText(
      /^Payload\s*750,0\d\d bytes/,
    );
    await expect(ui.payload).toContainText('"sub": "user-big"');
    await expect(ui.payload).toContainText('xxxxxxxxxx');

    // Still responsive: typing in the key field changes the verdict straight away.
    await ui.key.press('End');
    await ui.key.pressSequentially('9'); // not 'A': a trailing zero byte leaves an HMAC key unchanged
    await expectVerdict(page, 'invalid', 'Invalid signature');
  });
});

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

test.describe('debugger: regressions', () => {
  test('a character outside base64url inside a segment is reported there, not used to cut the token short', async ({
    page,
  }) => {
    // Regression: extract-token once cut a token at the first character outside base64url.
    const ui = await openDebugger(page);
    await ui.token.fill(TOKENS.malformed);
    await expectVerdict(page, 'error');
    // Decoding is synchronous once the verdict is in: fail fast instead of waiting out the timeout.
    await expect(ui.parts.getByRole('listitem')).toHaveText(
      [/^Header/, /^Payload\s*not base64url/, /^Signature/],
      {
        timeout: 1000,
      },
    );
    await expect(page.getByText('the signature is missing')).toHaveCount(0);
    await expect(page.getByText('Picked the token out of the surrounding text')).toHaveCount(0);

    const b64False = MENU_EXAMPLES.find((example) => example.id === 'b64-false');
    if (!b64False) throw new Error('the b64-false example is gone');
    await ui.encoding.selectOption(b64False.secretEncoding);
    await ui.key.fill(b64False.key);
    await ui.token.fill(b64False.token);
    await expectVerdict(page, 'verified');
  });

  test('a link to the default example token opens that token, not a freshly signed one', async ({ page }) => {
    // Regression: a #token= link to the default example's token was once swapped for a fresh one.
    const linked = TOKENS.hs256.token;
    const ui = await openDebugger(page, `/#token=${linked}`);
    await expectVerdict(page, 'unverified', 'Enter a key');
    // The swap follows one WebCrypto signing started at mount; a full verification cycle after the
    // first verdict outlasts it, so this waits on a condition rather than a sleep.
    await ui.encoding.selectOption(TOKENS.hs256.secretEncoding);
    await ui.key.fill(TOKENS.hs256.key);
    await expectVerdict(page, 'verified');
    await expect(ui.token).toHaveValue(linked, { timeout: 1000 });
  });
});

test.describe('debugger: segments and their decoded parts', () => {
  test('hovering a part, or putting the caret in a segment, lights up its decoded panel', async ({
    page,
  }) => {
    const ui = await openDebugger(page);
    await clearKey(page);
    await ui.token.fill(TOKENS.hs256.token);
    await expectVerdict(page, 'unverified');
    const header = page.getByRole('region', { name: /^Header/ });
    const payload = page.getByRole('region', { name: /^Payload/ });
    await expect(payload).toHaveAttribute('data-active', 'false');

    // Move the caret as a user does, with the keyboard: into the payload, then back into the header.
    const headerLength = TOKENS.hs256.token.indexOf('.');
    await ui.token.focus();
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 0; i < headerLength + 5; i++) await page.keyboard.press('ArrowRight');
    await expect(payload).toHaveAttribute('data-active', 'true');
    await expect(header).toHaveAttribute('data-active', 'false');
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowRight');
    await expect(header).toHaveAttribute('data-active', 'true');
    await ui.token.blur();
    await expect(header).toHaveAttribute('data-active', 'false');

    await ui.parts.getByRole('listitem').filter({ hasText: 'Payload' }).hover();
    await expect(payload).toHaveAttribute('data-active', 'true');
  });
});
