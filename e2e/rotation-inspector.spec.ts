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
});
