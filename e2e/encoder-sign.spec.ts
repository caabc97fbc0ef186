import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { getEditorText, setEditorText, waitForEditor } from './support/monaco';
import { captureScreens } from './support/screenshots';
import { expect, test } from './support/test';

async function openEncoder(page: Page) {
  await page.goto('/encoder');
  await expect(page.getByRole('heading', { level: 1, name: 'Encoder' })).toBeVisible();
  const token = page.getByTestId('encoder-token');
  await expect(token).toHaveText(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$/);
  return {
    token,
    alg: page.getByLabel('Algorithm', { exact: true }),
    key: page.getByLabel('Signing key', { exact: true }),
    encoding: page.getByLabel('Secret encoding'),
  };
}

async function openInDebugger(page: Page) {
  await page.getByRole('button', { name: 'Open in debugger' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Debugger' })).toBeVisible();
}

const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
const headerOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;

test.describe('encoder: writing claims and signing', () => {
  test('write claims, sign HS256, copy the token and see it verified in the debugger', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const ui = await openEncoder(page);
    await setEditorText(
      page,
      'payload-editor',
      '{\n  "sub": "e2e-user",\n  "role": "user",\n  "scope": "read:all"\n}',
    );
    await page.getByRole('button', { name: 'iat = now' }).click();
    await page.getByRole('button', { name: 'exp +1 h' }).click();
    await page.getByRole('button', { name: 'new jti' }).click();
    await expect
      .poll(async () => payloadOf((await ui.token.textContent()) ?? ''))
      .toMatchObject({ sub: 'e2e-user', scope: 'read:all' });
    const claims = payloadOf((await ui.token.textContent()) ?? '');
    expect(claims.exp).toBe((claims.iat as number) + 3600);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);

    await page.getByRole('button', { name: 'Copy token' }).click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await ui.token.textContent());

    await openInDebugger(page);
    await expect(page.getByTestId('token-input')).toHaveValue(copied);
    await expect(page.getByTestId('verify-status')).toHaveAttribute('data-state', 'verified');
    await expect(page.getByTestId('decoded-payload')).toContainText('"scope": "read:all"');
  });

  test('sign ES256 with a key generated on the spot; the header gets its alg and kid', async ({ page }) => {
    const ui = await openEncoder(page);
    await ui.alg.selectOption('ES256');
    await expect.poll(() => getEditorText(page, 'header-editor')).toContain('"alg": "ES256"');
    await expect(page.getByText(/ES256 needs an EC P-256 private key/)).toBeVisible();
    await page.getByRole('button', { name: 'Generate a key for ES256' }).click();
    await expect(ui.key).toHaveValue(/-----BEGIN PRIVATE KEY-----/);
    await expect(ui.token).toHaveText(/^eyJ/);
    const token = (await ui.token.textContent()) ?? '';
    expect(headerOf(token)).toMatchObject({ alg: 'ES256', kid: expect.stringMatching(/^[\w-]{43}$/) });
    expect(Buffer.from(token.split('.')[2]!, 'base64url')).toHaveLength(64);

    await openInDebugger(page);
    await expect(page.getByTestId('verify-status')).toHaveAttribute('data-state', 'verified');
    await expect(page.getByTestId('verify-status')).toContainText('ES256');
    await expect(page.getByTestId('key-input')).toHaveValue(/"kty": "EC"/);
  });

  test('a secret shorter than the hash is refused until the user chooses to sign anyway; said once', async ({
    page,
  }) => {
    const ui = await openEncoder(page);
    await ui.encoding.selectOption('utf8');
    await expect(ui.encoding.locator('option:checked')).toHaveText('UTF-8 text');
    await ui.key.fill('secret-0123');
    // The debugger's own warning, once (not a field error and a second alert saying the same).
    const short = page.getByText('RFC 7518 §3.2 requires at least 32 bytes for HS256; this secret has 11.', {
      exact: false,
    });
    await expect(short).toHaveCount(1);
    await expect(short).toBeVisible();
    await expect(ui.token).toHaveText(/No token/);
    await expect(ui.key).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Sign anyway (insecure, for demos)').check();
    await expect(ui.token).toHaveText(/^eyJ/);
    await expect(short).toHaveCount(1);
  });

  test('a publicly known secret is flagged as the debugger flags it: well-known table and wallarm list', async ({
    page,
  }) => {
    const ui = await openEncoder(page);
    await ui.encoding.selectOption('UTF-8 text');
    await ui.key.fill('a-string-secret-at-least-256-bits-long');
    const publicSecret = page.getByText(/^This secret is public — it is jwt\.io's default HS256 secret/);
    await expect(publicSecret).toBeVisible();
    await expect(ui.token).toHaveText(/^eyJ/);
    await expect(page.getByText(/requires at least 32 bytes/)).toHaveCount(0);
    // Long enough, but in the published list that the debugger searches in a worker.
    await ui.key.fill('#$Vby8o5ey+vbaio7vzw63v)273eyowhsukdt36iwu');
    await expect(
      page.getByText(/^This secret is public — it is listed in the wallarm\/jwt-secrets list/),
    ).toBeVisible();
    await expect(publicSecret).toHaveCount(0);

    await openInDebugger(page);
    await expect(page.getByTestId('verify-status')).toHaveAttribute('data-state', 'verified');
    await expect(
      page.getByText(/^This secret is public — it is listed in the wallarm\/jwt-secrets list/),
    ).toBeVisible();
    await expect(page.getByTestId('secret-encoding').locator('option:checked')).toHaveText('UTF-8 text');
  });

  test('editor schema flags a string exp and a public key cannot sign', async ({ page }) => {
    const ui = await openEncoder(page);
    await waitForEditor(page, 'payload-editor');
    await setEditorText(page, 'payload-editor', '{\n  "sub": "x",\n  "exp": "tomorrow"\n}');
    await expect(
      page.getByTestId('payload-editor').locator('.squiggly-warning, .squiggly-error').first(),
    ).toBeVisible({ timeout: 10_000 });
    await ui.key.fill(
      '{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}',
    );
    await expect(
      page.getByText(/This is a public key: it can verify signatures but not make them/),
    ).toBeVisible();
  });

  test('the page is accessible and looks right in both themes and sizes', async ({ page }) => {
    await openEncoder(page);
    await waitForEditor(page, 'payload-editor');
    await expectNoAxeViolations(page);
    await captureScreens(page, 'encoder');
  });
});
