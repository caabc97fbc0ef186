import { clearKey, expectVerdict, openDebugger, signHs256, TOKENS } from './support/debugger';
import { expect, test } from './support/test';

/** The base64 body of a PEM, as admin consoles often show a public key: no armour, no line breaks. */
const bodyOf = (pem: string) =>
  pem
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('-----'))
    .join('');

test.describe('debugger: algorithm confusion is refused', () => {
  test('an HS256 token "signed" with the RSA public key is never verified, armour or not', async ({
    page,
  }) => {
    const publicPem = TOKENS.rs256.pem;
    const body = bodyOf(publicPem);
    const forged = { sub: 'admin', role: 'admin' };
    const ui = await openDebugger(page);
    await clearKey(page);

    // The classic attack: the public key's text as the HMAC secret (RFC 8725 §2.1).
    for (const keyText of [publicPem, body, publicPem.replace(/-----/g, '----')]) {
      await ui.encoding.selectOption('utf8');
      await ui.token.fill(signHs256(forged, keyText));
      await ui.key.fill(keyText);
      // "error", not merely "not verified": waiting for the settled verdict keeps this from passing early.
      await expectVerdict(page, 'error');
      await clearKey(page);
    }

    await ui.token.fill(signHs256(forged, body));
    await ui.key.fill(body);
    await expectVerdict(page, 'error', 'Key does not fit this algorithm');
    await expect(page.getByTestId('verify-status')).toContainText('algorithm-confusion attack');
  });

  test('mangled forms of the public key are refused too: quoted, em-dashes, one dash, escaped line ends', async ({
    page,
  }) => {
    const publicPem = TOKENS.rs256.pem;
    const body = bodyOf(publicPem);
    const forged = { sub: 'admin', role: 'admin' };
    const mangled = [
      `"${body}"`,
      publicPem.replace(/-----/g, '—————'),
      publicPem.replace(/-----/g, '-'),
      publicPem.replace(/\n/g, '\\n'),
    ];
    const ui = await openDebugger(page);
    for (const keyText of mangled) {
      await ui.token.fill(signHs256(forged, keyText));
      await ui.key.fill(keyText);
      await expectVerdict(page, 'error', 'algorithm-confusion attack');
      await clearKey(page);
    }
  });
});

test.describe('debugger: warnings lead to the experiment that shows the attack', () => {
  test('alg none and a public key used as a secret link to their /attacks cards, in the app', async ({
    page,
  }) => {
    const ui = await openDebugger(page);
    await clearKey(page);
    await ui.token.fill(TOKENS.algNone);
    await expectVerdict(page, 'unsecured');
    const note = ui.warnings.getByRole('note').filter({ hasText: 'alg is "none"' });
    await note.getByRole('link', { name: 'See the attack' }).click();
    await expect(page).toHaveURL(/\/attacks#alg-none$/);
    const card = page.locator('[data-testid="attack-card"][data-attack="alg-none"]');
    await expect(card).toBeInViewport();
    await expect(card.getByRole('button', { name: 'Run the attack' })).toBeVisible();

    // The verdict's own error links too: algorithm confusion refused → its experiment.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    const publicPem = TOKENS.rs256.pem;
    await ui.encoding.selectOption('utf8');
    await ui.token.fill(signHs256({ sub: 'admin' }, publicPem));
    await ui.key.fill(publicPem);
    await expectVerdict(page, 'error');
    await ui.status.getByRole('link', { name: 'See the attack' }).click();
    await expect(page).toHaveURL(/\/attacks#alg-confusion$/);
    await expect(page.locator('[data-attack="alg-confusion"]')).toBeInViewport();
  });
});
