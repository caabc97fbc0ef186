import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { captureScreens } from './support/screenshots';
import { expect, test } from './support/test';

/** RFC 7638: SHA-256 over the required members, sorted, no whitespace. */
function thumbprint(jwk: Record<string, string>): string {
  const members: Record<string, string[]> = {
    RSA: ['e', 'kty', 'n'],
    EC: ['crv', 'kty', 'x', 'y'],
    OKP: ['crv', 'kty', 'x'],
  };
  const required = members[jwk['kty']!]!;
  const json = `{${required.map((name) => `${JSON.stringify(name)}:${JSON.stringify(jwk[name])}`).join(',')}}`;
  return createHash('sha256').update(json).digest('base64url');
}

async function formatText(page: Page, tab: string, label: string): Promise<string> {
  await page.getByRole('tab', { name: tab, exact: true }).click();
  const block = page.getByLabel(label, { exact: true });
  await expect(block).toBeVisible();
  return (await block.textContent()) ?? '';
}

test('generates an HMAC secret of each size, from the CSPRNG, in every encoding', async ({ page }) => {
  await page.goto('/keys');
  await expect(page.getByRole('heading', { level: 1, name: 'Keys' })).toBeVisible();
  const secret = page.getByTestId('generated-secret');
  for (const [alg, bytes] of [
    ['HS256', 32],
    ['HS384', 48],
    ['HS512', 64],
  ] as const) {
    await page.getByLabel('Algorithm', { exact: true }).selectOption(alg);
    await expect(page.getByLabel('Size (bytes)')).toHaveValue(String(bytes));
    const text = (await secret.textContent()) ?? '';
    const key = Buffer.from(text, 'base64url');
    expect(key.length, `${alg} secret length`).toBe(bytes);
    expect(key.toString('base64url')).toBe(text);
    await expect(page.getByLabel('base64', { exact: true })).toHaveText(key.toString('base64'));
    await expect(page.getByLabel('hex', { exact: true })).toHaveText(key.toString('hex'));
    const jwk = JSON.parse((await page.getByLabel('JWK (kty: oct)').textContent()) ?? '') as Record<
      string,
      string
    >;
    expect(jwk).toEqual({ kty: 'oct', k: text, alg });
    await expect(page.getByText(`${bytes} bytes · ${bytes * 8} bits`)).toBeVisible();
  }
  const before = await secret.textContent();
  await page.getByRole('button', { name: 'Generate new secret' }).click();
  await expect(secret).not.toHaveText(before ?? '');

  // Below the hash size: still generated, but with the RFC 7518 warning.
  await page.getByLabel('Size (bytes)').fill('16');
  await expect(
    page.getByRole('alert').filter({ hasText: 'below the 64-byte minimum for HS512' }),
  ).toBeVisible();
  expect(Buffer.from((await secret.textContent()) ?? '', 'base64url').length).toBe(16);
  await page.getByLabel('Size (bytes)').fill('0');
  await expect(page.getByText('A secret needs at least 1 byte')).toBeVisible();
  await page.getByLabel('Size (bytes)').fill('64');

  // The do-it-yourself commands follow the size.
  await expect(page.getByRole('tab', { name: 'Secret (64 bytes)' })).toBeVisible();
  await expect(page.getByLabel('OpenSSL (hex)', { exact: true })).toHaveText('openssl rand -hex 64');
  await expect(page.getByText('never put it in source control')).toBeVisible();
});

test('generates RSA, EC and Ed25519 key pairs named by their thumbprint', async ({ page }) => {
  await page.goto('/keys');
  const cases = [
    { kind: 'RSA-2048', kty: 'RSA', nodeType: 'rsa' },
    { kind: 'P-256', kty: 'EC', nodeType: 'ec' },
    { kind: 'P-521', kty: 'EC', nodeType: 'ec' },
    { kind: 'Ed25519', kty: 'OKP', nodeType: 'ed25519' },
  ];
  const status = page.getByRole('status').filter({ has: page.getByRole('progressbar') });
  for (const { kind, kty, nodeType } of cases) {
    await page.getByLabel('Key type').selectOption(kind);
    await page.getByRole('button', { name: 'Generate key pair' }).click();
    await expect(page.getByRole('button', { name: 'Generate key pair' })).toBeEnabled({ timeout: 20_000 });
    await expect(status).toHaveCount(0);
    const publicJwk = JSON.parse(await formatText(page, 'Public JWK', 'Public key (JWK)')) as Record<
      string,
      string
    >;
    expect(publicJwk['kty']).toBe(kty);
    expect(publicJwk['d']).toBeUndefined();
    expect(publicJwk['kid']).toBe(thumbprint(publicJwk));
    const jwks = JSON.parse(await formatText(page, 'JWKS', 'JWK Set to publish (JWKS)')) as {
      keys: unknown[];
    };
    expect(jwks.keys).toEqual([publicJwk]);
    const privatePem = await formatText(page, 'Private PEM', 'Private key (PKCS#8 PEM)');
    expect(privatePem).toContain('-----BEGIN PRIVATE KEY-----');
    expect(createPrivateKey(privatePem).asymmetricKeyType).toBe(nodeType);
    const privateJwk = JSON.parse(await formatText(page, 'Private JWK', 'Private key (JWK)')) as Record<
      string,
      string
    >;
    expect(privateJwk['d']).toBeTruthy();
    const publicPem = await formatText(page, 'Public PEM', 'Public key (SPKI PEM)');
    expect(createPublicKey(publicPem).export({ format: 'jwk' })).toMatchObject({
      kty,
      ...(kty === 'RSA' ? { n: publicJwk['n'] } : { x: publicJwk['x'] }),
    });
    await expect(page.getByRole('tab', { name: `Key pair (${kind})` })).toBeVisible();
  }

  // A typed kid and a chosen alg go into both JWKs.
  await page.getByLabel('Key ID (kid)').fill('signing-2030-01');
  await page.getByLabel('JWK alg').selectOption('EdDSA');
  await page.getByRole('button', { name: 'Generate key pair' }).click();
  await expect(page.getByRole('button', { name: 'Generate key pair' })).toBeEnabled();
  const jwk = JSON.parse(await formatText(page, 'Public JWK', 'Public key (JWK)')) as Record<string, string>;
  expect(jwk).toMatchObject({ kid: 'signing-2030-01', alg: 'EdDSA', use: 'sig', kty: 'OKP' });

  await expectNoAxeViolations(page);
  await captureScreens(page, 'keys');
});

test('carries a public key to the debugger and a secret to the encoder', async ({ page }) => {
  await page.goto('/keys');
  await page.getByLabel('Key type').selectOption('P-256');
  await page.getByRole('button', { name: 'Generate key pair' }).click();
  await expect(page.getByRole('button', { name: 'Generate key pair' })).toBeEnabled();
  const publicPem = await formatText(page, 'Public PEM', 'Public key (SPKI PEM)');
  const pairSection = page.getByRole('region', { name: 'Key pair' });
  await pairSection.getByRole('button', { name: 'Use in the debugger' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByTestId('key-input')).toHaveValue(publicPem);
  await expect(page.getByTestId('token-input')).toHaveValue('');

  await page.getByRole('link', { name: 'Keys' }).click();
  await expect(page).toHaveURL('/keys');
  const secret = (await page.getByTestId('generated-secret').textContent()) ?? '';
  await page
    .getByRole('region', { name: 'HMAC secret' })
    .getByRole('button', { name: 'Use in the encoder' })
    .click();
  await expect(page).toHaveURL('/encoder');
  await expect(page.getByRole('textbox', { name: 'Signing key' })).toHaveValue(secret);
  await expect(page.getByRole('combobox', { name: 'Secret encoding' })).toHaveValue('base64url');
});

test('shows the key type and every do-it-yourself snippet whole, on a laptop and a phone', async ({
  page,
}) => {
  await page.goto('/keys');
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    // A native select shows its chosen option cut when it is narrower than its own natural width.
    const keyType = page.getByLabel('Key type');
    for (const kind of ['RSA-2048', 'RSA-4096', 'P-521', 'Ed25519']) {
      await keyType.selectOption(kind);
      const { natural, shown } = await keyType.evaluate((select: HTMLSelectElement) => {
        const copy = select.cloneNode(true) as HTMLSelectElement;
        copy.value = select.value;
        Object.assign(copy.style, { width: 'auto', maxWidth: 'none', position: 'absolute' });
        select.after(copy);
        const natural = copy.offsetWidth;
        copy.remove();
        return { natural, shown: select.offsetWidth };
      });
      expect(shown, `key type "${kind}" at ${width} px`).toBeGreaterThanOrEqual(natural);
    }
    for (const tab of ['Secret (32 bytes)', 'Key pair (Ed25519)', 'Load it from the environment']) {
      await page.getByRole('tab', { name: tab }).click();
      const blocks = page.getByRole('tabpanel', { name: tab }).locator('pre');
      await expect(blocks.first()).toBeVisible();
      // Nothing hidden behind a scroll: the Go snippet's closing brace was cut at 280 px.
      const hidden = await blocks.evaluateAll((pres) =>
        pres
          .filter((pre) => pre.scrollHeight > pre.clientHeight + 1 || pre.scrollWidth > pre.clientWidth + 1)
          .map((pre) => pre.getAttribute('aria-label')),
      );
      expect(hidden, `snippets cut in "${tab}" at ${width} px`).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Secret (32 bytes)' }).click();
    await keyType.selectOption('RSA-2048');
  }
});
