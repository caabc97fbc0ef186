import { createHmac } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { base64url, clearKey, expectVerdict, openDebugger, TOKENS } from './support/debugger';
import { getEditorText, setEditorText } from './support/monaco';
import { captureScreens } from './support/screenshots';
import { expect, test } from './support/test';

const segmentText = (token: string, index: number) =>
  Buffer.from(token.split('.')[index] ?? '', 'base64url').toString('utf8');
const NOT_WHERE_EXPECTED = /will not verify where the original.s key is expected/;

/** Pastes a token and key into the debugger and waits for the verdict. */
async function pasteIntoDebugger(page: Page, token: string, key: string, encoding: string) {
  const ui = await openDebugger(page);
  await clearKey(page);
  await ui.encoding.selectOption(encoding);
  await ui.token.fill(token);
  if (key !== '') await ui.key.fill(key);
  return ui;
}

/** Clicks "Edit and re-sign" and waits for the encoder in its re-sign state. */
async function editAndResign(page: Page) {
  await page.getByRole('button', { name: 'Edit and re-sign' }).click();
  await expect(page).toHaveURL(/\/encoder$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Editing a token from the debugger' }),
  ).toBeVisible();
  return {
    token: page.getByTestId('encoder-token'),
    key: page.getByLabel('Signing key', { exact: true }),
    changes: page.getByRole('region', { name: 'Editing a token from the debugger' }).getByRole('status'),
  };
}

/** Signs `header.payload` with HMAC-SHA256 in Node, independently of the app. */
const hs256 = (header: string, payload: string, secret: Buffer | string) => {
  const input = `${base64url(header)}.${base64url(payload)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
};

test.describe('encoder: edit and re-sign a token from the debugger', () => {
  test('HS256 with its secret: change role, the new token verifies with the same secret and back in the debugger', async ({
    page,
  }) => {
    test.slow(); // four screenshots and an axe scan of the encoder
    const { token, key, secretEncoding } = TOKENS.hs256;
    await pasteIntoDebugger(page, token, key, secretEncoding);
    await expectVerdict(page, 'verified');
    const ui = await editAndResign(page);

    // The JSON arrives exactly as signed, and unchanged it re-signs to the very same token.
    await expect.poll(() => getEditorText(page, 'header-editor')).toBe(segmentText(token, 0));
    await expect.poll(() => getEditorText(page, 'payload-editor')).toBe(segmentText(token, 1));
    await expect(ui.key).toHaveValue(key);
    await expect(ui.token).toHaveText(token);
    await expect(ui.changes).toHaveText('No changes yet — re-signing gives the identical token.');
    await expect(page.getByText('Signed with the original’s key')).toBeVisible();

    const edited = segmentText(token, 1).replace('"role":"user"', '"role":"admin"');
    await setEditorText(page, 'payload-editor', edited);
    await expect(ui.changes).toHaveText('Changes since the original: role changed ("user" → "admin").');
    const expected = hs256(segmentText(token, 0), edited, Buffer.from(key, 'base64url'));
    await expect(ui.token).toHaveText(expected);
    await expectNoAxeViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await captureScreens(page, 'encoder-resign');

    await page.getByRole('button', { name: 'Open in debugger' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId('token-input')).toHaveValue(expected);
    await expect(page.getByTestId('key-input')).toHaveValue(key);
    await expectVerdict(page, 'verified');
    await expect(page.getByTestId('decoded-payload')).toContainText('"role": "admin"');
  });

  test('an unchanged token with pretty-printed JSON and a UTF-8 secret re-signs to the identical token', async ({
    page,
  }) => {
    const header = '{\n  "typ": "JWT",\n  "alg": "HS256"\n}';
    const payload = '{ "sub": "zoë", "n": 12345678901234567890, "role": "user" }';
    const secret = 'a UTF-8 secret of well over thirty-two bytes';
    const token = hs256(header, payload, secret);
    await pasteIntoDebugger(page, token, secret, 'utf8');
    await expectVerdict(page, 'verified');
    const ui = await editAndResign(page);
    await expect(ui.token).toHaveText(token);
    await expect(ui.changes).toHaveText('No changes yet — re-signing gives the identical token.');

    // Whitespace alone is no claim change, but it is a byte change: the signature differs.
    await setEditorText(page, 'header-editor', '{"typ":"JWT","alg":"HS256"}');
    await expect(ui.changes).toContainText('No claim changes, but the JSON text differs');
    await page.getByRole('button', { name: 'Undo all changes' }).click();
    await expect(ui.token).toHaveText(token);
  });

  test('RS256 with only its public key asks for the private key, and offers a new pair', async ({ page }) => {
    test.slow(); // an RSA key pair, four screenshots and an axe scan
    const { token, pem } = TOKENS.rs256;
    await pasteIntoDebugger(page, token, pem, 'utf8');
    await expectVerdict(page, 'verified');
    const ui = await editAndResign(page);

    const prompt = page.getByRole('alert').filter({ hasText: 'Re-signing needs the private key' });
    await expect(prompt).toContainText('RSA 2048-bit public key');
    await expect(ui.key).toHaveValue('');
    await expect(prompt.getByRole('button', { name: 'Paste the private key' })).toBeVisible();
    await expectNoAxeViolations(page);
    await captureScreens(page, 'encoder-resign-public-key');

    await prompt.getByRole('button', { name: 'Generate a new key pair' }).click();
    await expect(ui.key).toHaveValue(/-----BEGIN PRIVATE KEY-----/);
    await expect(page.getByText(NOT_WHERE_EXPECTED)).toBeVisible();
    await expect(ui.changes).toContainText('header kid changed');
    await expect(ui.token).toHaveText(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Open in debugger' }).click();
    await expectVerdict(page, 'verified');
  });

  test('a token with no key is still editable with a generated key, and the page says where it will not verify', async ({
    page,
  }) => {
    await pasteIntoDebugger(page, TOKENS.hs256.token, '', 'utf8');
    await expectVerdict(page, 'unverified');
    const ui = await editAndResign(page);
    await expect(page.getByText(NOT_WHERE_EXPECTED)).toBeVisible();
    await expect(page.getByText(/debugger had no key that signs this token/)).toBeVisible();
    await expect(ui.key).toHaveValue(/^[\w-]{43}$/);
    await expect(ui.token).toHaveText(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/);
    await expect(ui.changes).toContainText('key is not the original’s');
  });

  test('an encrypted token (JWE) cannot be re-signed, and the debugger says why', async ({ page }) => {
    const jwe = `${base64url('{"alg":"dir","enc":"A128GCM"}')}..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`;
    await pasteIntoDebugger(page, jwe, '', 'utf8');
    await expect(page.getByRole('button', { name: 'Edit and re-sign' })).toBeDisabled();
    await expect(
      page.getByText(/encoder signs JWS tokens, so it cannot edit and re-encrypt it/),
    ).toBeVisible();
  });
});
