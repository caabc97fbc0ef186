import {
  base64url,
  claimRow,
  clearKey,
  expectVerdict,
  MENU_EXAMPLES,
  openDebugger,
  pickExample,
  signHs256,
  TOKENS,
} from './support/debugger';
import { expect, test } from './support/test';

test.describe('debugger: verifying signatures', () => {
  test('an HMAC secret given in base64 fails as UTF-8, says so, and verifies once read as base64', async ({
    page,
  }) => {
    const { token, secret } = TOKENS.hs256Base64Secret;
    const ui = await openDebugger(page);
    await clearKey(page);
    await ui.token.fill(token);
    await expectVerdict(page, 'unverified', 'Enter a key to verify this HS256 signature');

    await ui.encoding.selectOption('utf8');
    await ui.key.fill(secret);
    await expectVerdict(page, 'invalid', 'Invalid signature');
    await expect(ui.status).toContainText('read as UTF-8 text; read as base64 it verifies');
    await expect(ui.key).toHaveAttribute('aria-invalid', 'false'); // the key parses; the signature does not match

    await ui.encoding.selectOption('base64');
    await expectVerdict(page, 'verified', 'Signature verified');
    await expect(ui.status).not.toContainText('read as base64 it verifies');
    // 44 characters of base64 are 32 bytes, not the 44 bytes the UTF-8 reading gave.
    await expect(page.getByText('Read as: 32-byte HMAC secret')).toBeVisible();
  });

  test('RS256 verifies with a PEM, a JWK and a JWKS (naming the key by kid), and not with the wrong PEM', async ({
    page,
  }) => {
    const { token, kid, pem, jwk, jwks, wrongPem } = TOKENS.rs256;
    const ui = await openDebugger(page);
    await clearKey(page);
    await ui.token.fill(token);
    await expectVerdict(page, 'unverified', 'Enter a key to verify this RS256 signature');
    await expect(ui.header).toContainText(`"kid": "${kid}"`);

    await ui.key.fill(pem);
    await expectVerdict(page, 'verified', 'Algorithm pinned to RS256');
    await expect(ui.encoding, 'the encoding only applies to HMAC secrets').toBeDisabled();

    await clearKey(page);
    await ui.key.fill(jwk);
    await expectVerdict(page, 'verified', `kid "${kid}"`);

    await clearKey(page);
    await ui.key.fill(jwks);
    await expectVerdict(page, 'verified', `kid "${kid}" (key 2 of the set)`);
    await expect(page.getByText('Read as: a set of 3 keys')).toBeVisible();

    await ui.key.fill(wrongPem);
    await expectVerdict(page, 'invalid', 'Invalid signature');
    await expect(ui.status.locator('[data-error-code="SIGNATURE_INVALID"]')).toBeVisible();

    // A JWKS without the token's kid: the verdict says the kid is missing, not just "invalid".
    const { keys } = JSON.parse(jwks) as { keys: { kid: string }[] };
    await ui.key.fill(JSON.stringify({ keys: keys.filter((key) => key.kid !== kid) }));
    await expectVerdict(page, 'invalid', `No key has kid "${kid}"`);
  });

  test('alg none is unsecured and never verified, whatever key is given, and the page warns about it', async ({
    page,
  }) => {
    const ui = await openDebugger(page);
    await clearKey(page);
    // Record every verdict state from here on, so "never verified" covers the moments in between.
    await ui.status.evaluate((element) => {
      const seen: string[] = [];
      (window as unknown as { __verdicts: string[] }).__verdicts = seen;
      new MutationObserver(() => seen.push(element.getAttribute('data-state') ?? '')).observe(element, {
        attributes: true,
        attributeFilter: ['data-state'],
      });
    });

    await ui.token.fill(TOKENS.algNone);
    await expectVerdict(page, 'unsecured', 'Unsecured token (alg: none)');
    await expect(ui.header).toContainText('"alg": "none"');
    await expect(ui.payload).toContainText('"role": "admin"');
    await expect(ui.parts.getByRole('listitem').filter({ hasText: 'Signature' })).toContainText('empty');
    await expect(ui.warnings.getByRole('note').filter({ hasText: 'alg is "none"' })).toBeVisible();

    await ui.key.fill(TOKENS.hs256.key);
    await ui.encoding.selectOption('base64url');
    await expectVerdict(page, 'unsecured', 'nothing is verified');

    // A case variant of none is not "none": it is an unknown algorithm and must be refused too.
    const header = base64url(JSON.stringify({ alg: 'None', typ: 'JWT' }));
    await ui.token.fill(`${header}.${base64url(JSON.stringify({ sub: 'x', role: 'admin' }))}.`);
    await expectVerdict(page, 'error', 'Algorithm names are case-sensitive');
    await expect(ui.warnings.getByRole('note').filter({ hasText: 'case variant' })).toBeVisible();

    const verdicts = await page.evaluate(() => (window as unknown as { __verdicts: string[] }).__verdicts);
    expect(verdicts).toContain('unsecured');
    expect(verdicts).not.toContain('verified');
  });

  test('an expired token verifies but is called expired, and clock skew hides only a recent expiry', async ({
    page,
  }) => {
    const { token, key, exp } = TOKENS.expired;
    const ui = await openDebugger(page);
    await clearKey(page);
    await ui.token.fill(token);
    await ui.encoding.selectOption('base64url');
    await ui.key.fill(key);
    await expectVerdict(page, 'verified', 'Signature verified — but a verifier rejects the token');
    await expect(ui.status).toHaveAttribute('data-claims', 'failed');
    await expect(ui.status.locator('[data-error-code="TOKEN_EXPIRED"]')).toContainText(
      /^Expired [\d,]+ days/,
    );

    const expRow = claimRow(page, 'exp');
    await expect(expRow.getByText('expired', { exact: true })).toBeVisible();
    // The UTC time is computed here from the fixture, the local one in the pinned America/New_York zone.
    const utc = new Date(exp * 1000).toISOString().replace('T', ' ').replace('.000Z', ' UTC');
    await expect(expRow).toContainText(`${utc} · Tue, Nov 14, 2023, 5:13:20 PM EST`);

    await ui.skew.fill('86400');
    await expect(ui.skew).toHaveValue('86400');
    // The skew is live: a token that expired an hour ago is no longer "expired" with a day of leeway …
    const now = Math.floor(Date.now() / 1000);
    const recent = signHs256(
      { sub: 'user-recent', iat: now - 7200, exp: now - 3600 },
      Buffer.from(key, 'base64url'),
    );
    await ui.token.fill(recent);
    await expect(claimRow(page, 'sub')).toContainText('user-recent');
    await expect(claimRow(page, 'exp').getByText('expired', { exact: true })).toHaveCount(0);
    await expectVerdict(page, 'verified', 'Signature verified');
    await expect(ui.status).toHaveAttribute('data-claims', 'ok');
    await expect(ui.status).toContainText('accepted within the 86,400 s clock-skew allowance');

    // … but a day of leeway does not hide an expiry that is years old.
    await ui.token.fill(token);
    await expectVerdict(page, 'verified', 'but a verifier rejects the token');
    await expect(ui.status).toHaveAttribute('data-claims', 'failed');
    await expect(claimRow(page, 'exp').getByText('expired', { exact: true })).toBeVisible();
  });
});

test.describe('debugger: the Examples menu', () => {
  test('the nested JWT example opens its inner token, which verifies with the same secret', async ({
    page,
  }) => {
    const nested = MENU_EXAMPLES.find((example) => example.id === 'nested-jwt');
    if (!nested) throw new Error('the nested-jwt example is gone');
    // The inner token, read here from the example itself: the outer payload segment, base64url-decoded.
    const inner = Buffer.from(nested.token.split('.')[1] ?? '', 'base64url').toString('utf8');
    expect(inner.split('.')).toHaveLength(3);

    const ui = await openDebugger(page);
    await clearKey(page);
    await pickExample(page, nested.label);
    await expectVerdict(page, 'verified', 'Algorithm pinned to HS256');
    await expect(ui.header).toContainText('"cty": "JWT"');
    await expect(ui.payload).toHaveText(inner);

    // Without the key first, so that the "verified" below can only come from the inner token.
    await clearKey(page);
    await page.getByRole('button', { name: 'Open the nested token (cty: JWT)' }).click();
    await expect(ui.token).toHaveValue(inner);
    await expect(ui.header).not.toContainText('"cty"');
    await expect(ui.payload).toContainText('"sub"');
    await expect(page.getByRole('button', { name: /open the nested token|open it/i })).toHaveCount(0);
    await expectVerdict(page, 'unverified', 'Enter a key to verify');

    await ui.encoding.selectOption(nested.secretEncoding);
    await ui.key.fill(nested.key);
    await expectVerdict(page, 'verified', 'Signature verified');
    await expect(ui.token).toHaveValue(inner);
  });
});
