import { createHash, generateKeyPairSync } from 'node:crypto';
import { expectNoAxeViolations } from './support/axe';
import { expectVerdict } from './support/debugger';
import { expect, test } from './support/test';

/** A throwaway P-256 key pair as JWKs, and the RFC 7638 thumbprint computed here, independently. */
function makeEcJwks() {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = privateKey.export({ format: 'jwk' }) as {
    kty: string;
    crv: string;
    x: string;
    y: string;
    d: string;
  };
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  const thumbprint = createHash('sha256').update(canonical).digest('base64url');
  return { jwk, thumbprint };
}

/** A public RSA key under 10,000 kids: 50 of their own, then 9,950 sharing one (one key, as a stress test). */
function makeHugeJwks(): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const keys = Array.from({ length: 10_000 }, (_, i) => ({
    ...jwk,
    kid: i < 50 ? `key-${i + 1}` : 'shared',
    alg: 'RS256',
    use: 'sig',
  }));
  return JSON.stringify({ keys });
}

test.describe('rotation: JWKS inspector', () => {
  test('flags a private key in a public set and exports it cleaned', async ({ page }) => {
    const { jwk, thumbprint } = makeEcJwks();
    await page.goto('/rotation');
    const input = page.getByLabel('JWKS to inspect');
    await input.fill(JSON.stringify({ keys: [{ ...jwk, kid: 'leaky', alg: 'ES256', use: 'sig' }] }));

    const table = page.getByRole('table', { name: 'Keys in the set' });
    await expect(table).toContainText('P-256');
    await expect(table).toContainText('leaky');
    await expect(table).toContainText(thumbprint);
    await expect(page.getByText(/Private member "d" in a public set/)).toBeVisible();

    const cleaned = page.getByLabel('The cleaned public set');
    await expect(cleaned).toContainText(`"x": "${jwk.x}"`);
    await expect(cleaned).not.toContainText('"d"');
    await expect(page.getByRole('button', { name: 'Copy cleaned set' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Not a set at all: the error says so, and stale results do not linger.
    await input.fill('{"keys": 3}');
    await expect(page.getByText(/needs a "keys" member holding an array/)).toBeVisible();
    await expect(table).toBeHidden();
  });

  test("opens the verifier's JWKS in the debugger as the verification key", async ({ page }) => {
    await page.goto('/rotation');
    await page.getByRole('button', { name: 'Rotate with overlap', exact: true }).click();
    await page.getByRole('button', { name: "Use the verifier's JWKS" }).click();
    await expect(page.getByLabel('JWKS to inspect')).toHaveValue(/"kid": "k2"/);
    await expect(page.getByText('No problems found: this set is fit to publish.')).toBeVisible();

    await page.getByRole('button', { name: 'Open in debugger as the verification key' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Debugger' })).toBeVisible();
    await expectVerdict(page, 'verified');
    await expect(page.getByTestId('decoded-payload')).toContainText('"jti": "t4"');
  });

  test('summarises a set of 10,000 keys and keeps answering', async ({ page }) => {
    test.slow(); // filling a 4.7 MB key set is slow in itself
    await page.goto('/rotation');
    const huge = makeHugeJwks();
    await page.getByLabel('JWKS to inspect').fill(huge);
    // 4.7 MB is held in memory, not laid out in the field (seconds of layout per paste and keystroke).
    const held = page.getByRole('group', { name: /^JWKS to inspect: 4\.\d MB pasted/ });
    await expect(held).toBeVisible();
    await expect(page.getByLabel('JWKS to inspect', { exact: true })).toHaveCount(0);

    // Reading 4.7 MB of keys takes seconds on a busy 2-core CI machine; how long is the bench's question.
    await expect(page.getByText(/^10,000 keys \(10,000 RSA\) · 9,949 errors · 0 warnings$/)).toBeVisible({
      timeout: 30_000,
    });
    const table = page.getByRole('table', { name: 'Keys in the set' });
    await expect(table.getByRole('row')).toHaveCount(51); // the header and the first 50 keys
    await expect(table).toContainText('key-50');
    await expect(page.getByText('Showing keys 1–50 of 10,000')).toBeVisible();
    await expect(
      page.getByText('9,950 keys share kid "shared": a verifier cannot tell which key a token means'),
    ).toBeVisible();
    await expect(page.getByText('Keys 51, 52, 53, 54, 55 and 9,945 more:')).toBeVisible();
    await expect(page.getByText(/Showing the first 20,000 of [\d,]+ characters/)).toBeVisible();

    await page.getByRole('button', { name: 'Show 50 more keys' }).click();
    await expect(table.getByRole('row')).toHaveCount(101);
    await expect(page.getByText('Showing keys 1–100 of 10,000')).toBeVisible();

    // Another control still takes effect, and its result replaces the big one.
    await page.getByRole('button', { name: 'Load a leaky example' }).click();
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(page.getByText(/Private member "d" in a public set/)).toBeVisible();
    await expect(held).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('a huge set can be cleared, and a newer paste wins over one still being read', async ({ page }) => {
    test.slow(); // filling a 4.7 MB key set is slow in itself
    await page.goto('/rotation');
    const input = page.getByLabel('JWKS to inspect', { exact: true });
    await input.fill(makeHugeJwks());
    const held = page.getByRole('group', { name: /^JWKS to inspect: 4\.\d MB pasted/ });
    await held.getByRole('button', { name: 'Clear' }).click();
    await expect(held).toHaveCount(0);
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('');

    // The big set again, replaced at once by a small one: the small one's answer is the one shown.
    await input.fill(makeHugeJwks());
    await expect(held).toBeVisible();
    await page.getByRole('button', { name: 'Load a leaky example' }).click();
    const table = page.getByRole('table', { name: 'Keys in the set' });
    await expect(table.getByRole('row')).toHaveCount(4, { timeout: 30_000 });
    await page.waitForTimeout(1000);
    await expect(page.getByText(/^10,000 keys/)).toHaveCount(0);
  });
});
