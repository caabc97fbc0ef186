import { generateKeyPairSync } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectVerdict } from './support/debugger';
import { setEditorText } from './support/monaco';
import {
  captureScreens,
  SCREEN_SIZES,
  screenshotPath,
  type ScreenSize,
  saveScreenshot,
} from './support/screenshots';
import { expect, test } from './support/test';

const JWE_SHAPE = /^eyJ[\w-]+\.[\w-]*\.[\w-]+\.[\w-]+\.[\w-]+$/;
/** An RSA key pair or 310,000 PBKDF2 iterations take seconds on a busy 2-core CI machine. */
const SLOW = { timeout: 30_000 };
const headerOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;

async function openEncryptPanel(page: Page) {
  await page.goto('/encoder');
  await expect(page.getByRole('heading', { level: 1, name: 'Encoder' })).toBeVisible();
  await expect(page.getByTestId('encoder-token')).toHaveText(/^eyJ/);
  const panel = page.getByRole('region', { name: 'Encrypt (JWE)' });
  return {
    panel,
    source: panel.getByLabel('What to encrypt'),
    alg: panel.getByLabel('Key management (alg)'),
    enc: panel.getByLabel('Content encryption (enc)'),
    token: page.getByTestId('encrypted-token'),
  };
}

async function decryptInDebugger(page: Page) {
  await page.getByRole('button', { name: 'Decrypt in debugger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debugger' })).toBeVisible();
}

test.describe('encoder: encrypting tokens (JWE)', () => {
  const CASES = [
    { alg: 'dir', enc: 'A128GCM', password: null },
    { alg: 'PBES2-HS256+A128KW', enc: 'A128CBC-HS256', password: 'correct horse battery staple' },
    { alg: 'ECDH-ES+A256KW', enc: 'A256GCM', password: null },
    { alg: 'RSA-OAEP-256', enc: 'A256CBC-HS512', password: null },
  ] as const;
  for (const { alg, enc, password } of CASES) {
    test(`encrypts the claims with ${alg} + ${enc} and decrypts them back in the debugger`, async ({
      page,
    }) => {
      const ui = await openEncryptPanel(page);
      await setEditorText(page, 'payload-editor', `{\n  "sub": "jwe-e2e",\n  "alg-used": "${alg}"\n}`);
      await ui.alg.selectOption(alg);
      await ui.enc.selectOption(enc);
      if (password) await ui.panel.getByLabel('Password').fill(password);
      else await ui.panel.getByRole('button', { name: `Generate a key for ${alg}` }).click();
      await expect(ui.token).toHaveText(JWE_SHAPE, SLOW);
      const token = (await ui.token.textContent()) ?? '';
      expect(headerOf(token)).toMatchObject({ alg, enc });
      await expect(ui.panel).toContainText('The same key decrypts it');

      await decryptInDebugger(page);
      await expect(page.getByTestId('token-input')).toHaveValue(token);
      await expectVerdict(page, 'verified', 'Decrypted and authenticated');
      await expect(page.getByTestId('decoded-payload')).toContainText(`"alg-used": "${alg}"`);
    });
  }

  test('sign, then encrypt: the nested JWT opens in the debugger and its inner token verifies with the signing key', async ({
    page,
  }) => {
    const ui = await openEncryptPanel(page);
    const signingKey = await page.getByLabel('Signing key', { exact: true }).inputValue();
    const signingEncoding = await page.getByLabel('Secret encoding').inputValue();
    const signed = (await page.getByTestId('encoder-token').textContent()) ?? '';
    await ui.source.selectOption('signed');
    await ui.alg.selectOption('A256KW');
    await ui.panel.getByRole('button', { name: 'Generate a key for A256KW' }).click();
    await expect(ui.token).toHaveText(JWE_SHAPE, SLOW);
    expect(headerOf((await ui.token.textContent()) ?? '')).toMatchObject({ alg: 'A256KW', cty: 'JWT' });

    await decryptInDebugger(page);
    await expectVerdict(page, 'verified', 'Decrypted and authenticated');
    await expect(page.getByTestId('decoded-header')).toContainText('"cty": "JWT"');
    await expect(page.getByTestId('decoded-payload')).toHaveText(signed);
    await page.getByRole('button', { name: 'Open the nested token (cty: JWT)' }).click();

    await expect(page.getByTestId('token-input')).toHaveValue(signed);
    await expect(page.getByTestId('key-input')).toHaveValue('');
    await expect(page.getByTestId('key-note')).toContainText(
      'The decryption key stays with the encrypted token',
    );
    await expectVerdict(page, 'unverified', 'Enter a key to verify this HS256 signature');
    await page.getByTestId('secret-encoding').selectOption(signingEncoding);
    await page.getByTestId('key-input').fill(signingKey);
    await expectVerdict(page, 'verified', 'Signature verified');
  });

  test('a public key encrypts; the debugger then asks for the private key, and decrypts with it', async ({
    page,
  }) => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const ui = await openEncryptPanel(page);
    await ui.alg.selectOption('RSA-OAEP');
    await ui.panel
      .getByLabel('Encryption key')
      .fill(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    await expect(ui.token).toHaveText(JWE_SHAPE, SLOW);
    await expect(ui.panel).toContainText('Only the matching private key decrypts it');
    // Chromium's WebCrypto has no 192-bit AES: said plainly, not as a failure of the key or the token.
    await ui.enc.selectOption('A192GCM');
    await expect(ui.panel).toContainText("needs 192-bit AES, which this browser's WebCrypto refuses", SLOW);
    await expect(ui.token).toHaveText('No token: see the problem shown beside the key or here.');
    await ui.enc.selectOption('A256GCM');
    await ui.panel.getByLabel('Encryption key').fill('not a key for RSA');
    await expect(ui.panel).toContainText('this key is a');
    await expect(ui.panel.getByLabel('Encryption key')).toHaveAttribute('aria-invalid', 'true');
    await ui.panel
      .getByLabel('Encryption key')
      .fill(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    await expect(ui.token).toHaveText(JWE_SHAPE, SLOW);

    await decryptInDebugger(page);
    await expectVerdict(page, 'unverified', 'Enter a key to decrypt this JWE (RSA-OAEP + A256GCM)');
    await page.getByTestId('key-input').fill(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
    await expectVerdict(page, 'verified', 'Decrypted and authenticated');
  });

  test('screens: the encrypt panel at desktop and phone width, light and dark', async ({ page }) => {
    test.slow(); // eight screenshots and an axe scan of the encoder
    const ui = await openEncryptPanel(page);
    await ui.alg.selectOption('ECDH-ES');
    await ui.panel.getByRole('button', { name: 'Generate a key for ECDH-ES' }).click();
    await expect(ui.token).toHaveText(JWE_SHAPE, SLOW);
    await ui.panel.scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
    await captureScreens(page, 'encoder-jwe');
    // The panel itself, whole, at each size and scheme (the page shots show only where it scrolled to).
    for (const size of Object.keys(SCREEN_SIZES) as ScreenSize[]) {
      await page.setViewportSize(SCREEN_SIZES[size]);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await saveScreenshot(ui.panel, {
          path: screenshotPath('encoder-jwe-panel', size, scheme),
          animations: 'disabled',
        });
      }
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      'no sideways scroll on a phone',
    ).toBe(SCREEN_SIZES.phone.width);
  });
});
