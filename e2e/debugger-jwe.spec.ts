import { createPrivateKey, createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CompactEncrypt } from 'jose';
import { expectNoAxeViolations } from './support/axe';
import {
  clearKey,
  debuggerPage,
  expectVerdict,
  MENU_EXAMPLES,
  openDebugger,
  pickExample,
} from './support/debugger';
import { REPO_ROOT } from './support/paths';
import {
  captureScreens,
  SCREEN_SIZES,
  screenshotPath,
  type ScreenSize,
  saveScreenshot,
} from './support/screenshots';
import { expect, test } from './support/test';

interface Vector {
  readonly id: string;
  readonly token: string;
  readonly key: Record<string, unknown>;
  readonly expect: { readonly payloadText?: string };
}
const VECTORS = JSON.parse(readFileSync(`${REPO_ROOT}data/jose-vectors.json`, 'utf8')) as Vector[];
const vector = (id: string): Vector => {
  const found = VECTORS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no vector ${id}`);
  return found;
};
const JWE_EXAMPLE = MENU_EXAMPLES.find((example) => example.id === 'jwe-dir')!;

/** One character of a base64url segment changed (the first, so a bit of the first byte flips). */
const flipFirst = (segment: string) => (segment[0] === 'A' ? 'B' : 'A') + segment.slice(1);

test.describe('debugger: decrypting JWE', () => {
  test('the dir example decrypts; its header is explained; a tampered tag and a wrong key are refused, each saying which step failed', async ({
    page,
  }) => {
    test.slow(); // an axe scan and seven verdicts
    const ui = await openDebugger(page);
    await pickExample(page, 'JWE · dir + A256GCM');
    await expectVerdict(page, 'verified', 'Decrypted and authenticated');
    await expect(ui.status).toContainText('Algorithms pinned to dir + A256GCM');
    await expect(page.getByRole('heading', { name: 'Decrypt' })).toBeVisible();
    await expect(ui.payload).toContainText('"sub": "user-jwe"');
    const explained = page.getByRole('region', { name: 'Header, explained' });
    await expect(explained).toContainText('the shared key is the content key itself');
    await expect(explained).toContainText('AES-256 in Galois/Counter Mode');
    await expect(page.getByText('Read as: 32-byte secret (256 bits, oct JWK)')).toBeVisible();
    await expectNoAxeViolations(page);

    const parts = JWE_EXAMPLE.token.split('.');
    parts[4] = flipFirst(parts[4]!);
    await ui.token.fill(parts.join('.'));
    await expectVerdict(page, 'invalid', 'Decryption failed: the authentication tag does not match');
    await expect(ui.status).toContainText('dir has no key-unwrap step');
    await expect(ui.payload, 'nothing unauthenticated is shown').toHaveCount(0);

    await ui.token.fill(JWE_EXAMPLE.token);
    await ui.key.fill(JSON.stringify({ kty: 'oct', k: Buffer.alloc(32, 7).toString('base64url') }));
    await expectVerdict(page, 'invalid', 'the authentication tag does not match');
    await ui.key.fill(JSON.stringify({ kty: 'oct', k: Buffer.alloc(16, 7).toString('base64url') }));
    await expectVerdict(page, 'error', 'Key does not fit this algorithm');
    await expect(page.locator('#key-error')).toContainText('this key is 16 bytes; A256GCM needs 32');
    await clearKey(page);
    await expectVerdict(page, 'unverified', 'Enter a key to decrypt this JWE (dir + A256GCM)');
  });

  test('RSA-OAEP (RFC 7520 §5.2) decrypts with the private key as JWK or PEM; the public key and another private key are refused', async ({
    page,
  }) => {
    const { token, key, expect: expected } = vector('rfc7520-5.2-RSA-OAEP-A256GCM');
    const ui = await openDebugger(page);
    await clearKey(page);
    await ui.token.fill(token);
    await expectVerdict(page, 'unverified', 'Enter a key to decrypt this JWE (RSA-OAEP + A256GCM)');
    await ui.key.fill(JSON.stringify(key));
    await expectVerdict(page, 'verified', 'Decrypted and authenticated');
    await expect(ui.payload).toHaveText(expected.payloadText!);

    const privateKey = createPrivateKey({ key: key as never, format: 'jwk' });
    await ui.key.fill(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    await expectVerdict(page, 'verified', 'Key: RSA 4096-bit private key');
    await ui.key.fill(createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString());
    await expectVerdict(page, 'error', 'Key does not fit this algorithm');
    await expect(page.locator('#key-error')).toContainText(
      'a public key encrypts, and only the private key decrypts',
    );

    await ui.key.fill(JSON.stringify(vector('bad-jwe-5.2-RSA-OAEP-wrong-private-key').key));
    await expectVerdict(page, 'invalid', 'Decryption failed at key unwrap');
  });

  test('PBES2 (RFC 7520 §5.3) decrypts with the password; a hostile p2c is refused beside the key field until the limit is raised', async ({
    page,
  }) => {
    const { token, key, expect: expected } = vector('rfc7520-5.3-PBES2-HS512+A256KW-A128CBC-HS256');
    const ui = await openDebugger(page);
    await clearKey(page);
    await ui.token.fill(token);
    await ui.key.fill(String(key.password));
    await expectVerdict(page, 'verified', 'Decrypted and authenticated');
    await expect(ui.payload).toContainText('"kid": "77c7e2b8-6e13-45cf-8672-617b5b45243a"');
    expect(expected.payloadText).toContain('77c7e2b8');
    await expect(page.getByRole('region', { name: 'Header, explained' })).toContainText(
      'within the limit here is 310,000',
    );

    // A header asking for two billion iterations: refused before PBKDF2 could start.
    const header = Buffer.from(
      JSON.stringify({
        alg: 'PBES2-HS256+A128KW',
        enc: 'A128GCM',
        p2s: 'c2FsdHNhbHRzYWx0',
        p2c: 2_000_000_000,
      }),
    ).toString('base64url');
    await ui.token.fill([header, ...token.split('.').slice(1)].join('.'));
    await expectVerdict(page, 'error', 'PBES2 iteration count above the limit');
    await expect(page.locator('#key-error')).toContainText('asks for 2,000,000,000 PBKDF2 iterations');

    const heavy = await new CompactEncrypt(new TextEncoder().encode('worth the wait'))
      .setProtectedHeader({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM' })
      .setKeyManagementParameters({ p2c: 400_000 })
      .encrypt(new TextEncoder().encode('open sesame'));
    await ui.token.fill(heavy);
    await ui.key.fill('open sesame');
    await expectVerdict(page, 'error', 'PBES2 iteration count above the limit');
    await page.getByRole('button', { name: "Allow this token's 400,000 iterations" }).click();
    await expect(page.getByLabel('PBES2 iteration limit')).toHaveValue('400000');
    await expectVerdict(page, 'verified', 'Decrypted and authenticated');
    await expect(ui.payload).toHaveText('worth the wait');
  });

  test('JSON serializations: the general form picks its recipient, an RSA1_5 recipient is refused with the reason', async ({
    page,
  }) => {
    const ui = await openDebugger(page);
    await clearKey(page);
    const general = vector('rfc7520-5.13-general-json-A256GCMKW');
    await ui.token.fill(general.token);
    await ui.key.fill(JSON.stringify(general.key));
    await expectVerdict(page, 'verified', 'Recipient 3 of 3 decrypted with this key');
    await expect(page.getByRole('list', { name: 'Recipients' })).toContainText('Recipient 1: RSA1_5');
    await expect(page.getByRole('list', { name: 'Recipients' })).toContainText('— refused');
    await expect(ui.payload).toContainText('You can trust us');

    const rsa15 = vector('rfc7520-5.13-general-json-RSA1_5');
    await ui.key.fill(JSON.stringify(rsa15.key));
    await expectVerdict(page, 'error', 'RSA1_5 is refused');
    await expect(ui.status).toContainText('padding-oracle attacks');

    const flattened = vector('rfc7520-5.10-A128KW-A128GCM-flattened-json');
    await ui.token.fill(flattened.token);
    await ui.key.fill(JSON.stringify(flattened.key));
    await expectVerdict(page, 'verified', 'Decrypted and authenticated');
  });

  test('screens: a decrypted JWE at desktop and phone width, light and dark', async ({ page }) => {
    test.slow(); // eight screenshots and an axe scan
    const { token, key } = vector('rfc7520-5.4-ECDH-ES+A128KW-A128GCM');
    const ui = debuggerPage(page);
    await openDebugger(page);
    await clearKey(page);
    await ui.token.fill(token);
    await ui.key.fill(JSON.stringify(key));
    await expectVerdict(page, 'verified', 'Decrypted and authenticated');
    await expect(page.getByRole('region', { name: 'Header, explained' })).toContainText(
      "The sender's ephemeral public key",
    );
    await captureScreens(page, 'debugger-jwe');
    // The decrypted view whole (plaintext, header explained, parts), at each size and scheme.
    const decoded = page.getByRole('region', { name: 'Plaintext' }).locator('xpath=../..');
    for (const size of Object.keys(SCREEN_SIZES) as ScreenSize[]) {
      await page.setViewportSize(SCREEN_SIZES[size]);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await saveScreenshot(decoded, {
          path: screenshotPath('debugger-jwe-decoded', size, scheme),
          animations: 'disabled',
        });
      }
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      'no sideways scroll on a phone',
    ).toBe(SCREEN_SIZES.phone.width);
    await expectNoAxeViolations(page);
  });
});
