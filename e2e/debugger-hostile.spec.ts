import { base64url, expectVerdict, openDebugger, signHs256 } from './support/debugger';
import { expect, test } from './support/test';

const SECRET = 'a-throwaway-secret-for-the-hostile-input-journeys';
const rawToken = (header: string, payload: string) => `${base64url(header)}.${base64url(payload)}.c2ln`;

test.describe('debugger: hostile input never freezes, crashes or misleads', () => {
  test('a 300 KB link built to make the token finder backtrack opens at once', async ({ page }) => {
    // "eyJ" repeated then "+!" took 24 s at 300 KB with the old regular expression (the bench opens 1 MB).
    await page.goto(`/#token=${'eyJ'.repeat(100_000)}+!`);
    await expect(page.getByRole('heading', { level: 1, name: 'Debugger' })).toBeVisible();
    await expectVerdict(page, 'error');
    await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0);
  });

  test('a payload nested 5,000 levels deep is refused beside the payload, from a link too', async ({
    page,
  }) => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    await page.goto(`/#token=${rawToken('{"alg":"HS256"}', `{"a":${deep}}`)}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Debugger' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Payload', exact: true }).locator('[data-error-code="JSON_TOO_DEEP"]'),
    ).toContainText('more than 100 levels deep');
    await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0);
    await expectVerdict(page, 'error', 'more than 100 levels deep');
  });

  test('100,000 claims are summarised, not laid out as 100,000 rows', async ({ page }) => {
    test.slow(); // typing a 2 MB token into the field is Playwright's slow part, not the page's
    const ui = await openDebugger(page);
    const claims = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`c${i}`, i]));
    await ui.token.fill(signHs256(claims, SECRET));
    await expect(page.getByText(/Showing 100 of 100,00\d rows/)).toBeVisible({ timeout: 15_000 });
    await expect(ui.claims.getByRole('row')).toHaveCount(101); // the heading row and 100 claims
    await page.getByRole('button', { name: /^Show 1,000 more$/ }).click();
    await expect(ui.claims.getByRole('row')).toHaveCount(1101);
    await ui.key.fill(SECRET);
    await expectVerdict(page, 'verified');
  });

  test('hidden characters, duplicate names and big integers are shown as they are, with warnings', async ({
    page,
  }) => {
    const ui = await openDebugger(page);
    const payload =
      '{"sub":"u1","label":"\u202Enimda\u202C","ro\u200Ble":"x","id":9007199254740993,"role":"admin","role":"user"}';
    await ui.token.fill(rawToken('{"alg":"none","alg":"HS256"}', payload));
    await expect(ui.payload).toContainText('"label": "\\u202enimda\\u202c"');
    await expect(ui.payload).toContainText('"ro\\u200ble": "x"');
    await expect(ui.payload).toContainText('"id": 9007199254740993');
    await expect(ui.payload).toContainText('"role": "admin",\n  "role": "user"');
    await expect(ui.header).toContainText('"alg": "none",\n  "alg": "HS256"');
    await expect(ui.warnings).toContainText('U+202E RIGHT-TO-LEFT OVERRIDE');
    await expect(ui.warnings).toContainText('The payload names "role" more than once');
    await expect(ui.warnings).toContainText('The header names "alg" more than once');
    await expect(ui.warnings).toContainText('(9007199254740993)');
    await expect(ui.claims).toContainText('\\u202enimda\\u202c');
    await expect(ui.claims).toContainText('beyond 2^53 − 1');
  });

  test('a 3 MB token is decoded in a worker, and verifies', async ({ page }) => {
    test.slow(); // filling 3 MB is slow in itself
    const ui = await openDebugger(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const big = signHs256({ sub: 'big', blob: 'x'.repeat(2_200_000) }, SECRET);
    await ui.token.fill(big);
    await expectVerdict(page, 'unverified', 'Enter a key to verify this HS256 signature');
    expect(
      workers.some((url) => url.includes('decode.worker')),
      'decoded off the main thread',
    ).toBe(true);
    await expect(ui.payload).toContainText('"sub": "big"');
    await ui.key.fill(SECRET);
    await expectVerdict(page, 'verified');
  });
});
