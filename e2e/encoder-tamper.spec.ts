import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { captureScreens } from './support/screenshots';
import { expect, test } from './support/test';

const decodeSegment = (segment: string) => Buffer.from(segment, 'base64url').toString('utf8');

/** Levenshtein distance between two strings. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** One level of the three-level view, found by its heading. */
const level = (page: Page, heading: RegExp) =>
  page
    .getByRole('list', { name: 'The edit at three levels' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: heading }) });

async function openEncoder(page: Page) {
  await page.goto('/encoder');
  await expect(page.getByTestId('encoder-token')).toHaveText(/^eyJ/);
}

test.describe('encoder: the tamper demo', () => {
  test('HS256: make me admin → invalid signature with the change marked; re-sign with the key → valid; a guess → invalid', async ({
    page,
  }) => {
    await openEncoder(page);
    const status = page.getByTestId('tamper-status');
    await expect(status).toHaveAttribute('data-state', 'verified');
    await page.getByRole('button', { name: 'Set "role": "admin"' }).click();
    // Edited in place: the signed (compact) JSON keeps its bytes, only the value changes.
    await expect(page.getByLabel('Edited payload')).toHaveValue(/"role":"admin"/);
    await expect(status).toHaveAttribute('data-state', 'invalid');
    await expect(status).toContainText('Invalid signature');
    await expect(page.getByTestId('tampered-token').locator('mark').first()).toBeVisible();
    const signatures = page.getByRole('table', { name: 'Signatures compared' });
    const presented = await signatures.getByRole('row').nth(1).getByRole('cell').first().textContent();
    const recomputed = await signatures.getByRole('row').nth(2).getByRole('cell').first().textContent();
    expect(presented).toMatch(/^[\w-]{43}$/);
    expect(recomputed).toMatch(/^[\w-]{43}$/);
    expect(recomputed).not.toBe(presented);

    await page.getByRole('button', { name: 'Re-sign with the key' }).click();
    await expect(page.getByTestId('resign-status')).toHaveAttribute('data-state', 'verified');
    await page.getByLabel('Guessed secret').fill('password123');
    await page.getByRole('button', { name: 'Re-sign with a guessed key' }).click();
    await expect(page.getByTestId('resign-status')).toHaveAttribute('data-state', 'invalid');
  });

  test('Set "role": "admin" changes one value: header and signature kept, the change shown at three levels (issue 9)', async ({
    page,
  }) => {
    await openEncoder(page);
    const signed = (await page.getByTestId('encoder-token').textContent())!.split('.');
    const status = page.getByTestId('tamper-status');
    await expect(status).toHaveAttribute('data-state', 'verified');
    await page.getByRole('button', { name: 'Set "role": "admin"' }).click();
    await expect(status).toHaveAttribute('data-state', 'invalid');

    const tampered = (await page.getByTestId('tampered-token').textContent())!.split('.');
    expect(tampered[0]).toBe(signed[0]);
    expect(tampered[2]).toBe(signed[2]);
    const before = decodeSegment(signed[1]!);
    const after = decodeSegment(tampered[1]!);
    expect(editDistance(before, after)).toBeLessThanOrEqual(8);
    expect(after).toBe(before.replace('"role":"user"', '"role":"admin"'));

    await expect(
      page.getByText(
        /^The rule: a verifier recomputes the HMAC over base64url\(header\)\.base64url\(payload\)/,
      ),
    ).toBeVisible();
    const json = level(page, /^1\. The JSON/);
    await expect(json.locator('mark')).toHaveText(['user', 'admin']);
    const segment = level(page, /^2\. The base64url payload segment/);
    const segmentMarks = segment.locator('mark');
    await expect(segmentMarks).toHaveCount(2);
    const segmentRows = await segment.locator('code').allTextContents();
    expect(segmentRows).toEqual([signed[1], tampered[1]]);
    const firstChange = [...tampered[1]!].findIndex((c, i) => c !== signed[1]![i]);
    expect(segmentRows[1]!.indexOf((await segmentMarks.nth(1).textContent())!)).toBe(firstChange);
    await expect(segment).toContainText('the edit adds 1 byte');
    const signature = level(page, /^3\. The signature/);
    const bits = await signature.getByText(/ of 256 bits differ/).textContent();
    const differing = Number(/^(\d+) of 256/.exec(bits ?? '')?.[1]);
    expect(differing).toBeGreaterThan(256 * 0.3);
    expect(differing).toBeLessThan(256 * 0.7);

    await expectNoAxeViolations(page);
    await page.getByRole('heading', { name: 'The tamper demo' }).scrollIntoViewIfNeeded();
    await captureScreens(page, 'encoder-tamper');
  });

  test('what the user types is kept as typed; the button edits it in place', async ({ page }) => {
    await openEncoder(page);
    const edited = page.getByLabel('Edited payload');
    const typed = '{ "sub" : "me",\n  "role":"guest" ,"note":"two  spaces" }';
    await edited.fill(typed);
    await page.getByRole('button', { name: 'Set "role": "admin"' }).click();
    await expect(edited).toHaveValue(typed.replace('"guest"', '"admin"'));
    await expect(page.getByTestId('tamper-status')).toHaveAttribute('data-state', 'invalid');
    const payload = (await page.getByTestId('tampered-token').textContent())!.split('.')[1]!;
    expect(decodeSegment(payload)).toBe(typed.replace('"guest"', '"admin"'));
    await edited.fill('{ "sub": ');
    await page.getByRole('button', { name: 'Set "role": "admin"' }).click();
    await expect(page.getByText(/The payload is not valid JSON/)).toBeVisible();
    await expect(edited).toHaveValue('{ "sub": ');
  });

  test('ES256: tampering breaks the signature; an attacker without the private key cannot fix it', async ({
    page,
  }) => {
    await openEncoder(page);
    await page.getByLabel('Algorithm', { exact: true }).selectOption('ES256');
    await page.getByRole('button', { name: 'Generate a key for ES256' }).click();
    await expect(page.getByTestId('encoder-token')).toHaveText(/^eyJhbGciOiJFUzI1Ni/);
    await expect(page.getByTestId('tamper-status')).toHaveAttribute('data-state', 'verified');
    await page.getByRole('button', { name: 'Set "role": "admin"' }).click();
    await expect(page.getByTestId('tamper-status')).toHaveAttribute('data-state', 'invalid');
    await page.getByRole('button', { name: 'Re-sign with a guessed key' }).click();
    await expect(page.getByTestId('resign-status')).toHaveAttribute('data-state', 'invalid');
    await page.getByRole('button', { name: 'Re-sign with the key' }).click();
    await expect(page.getByTestId('resign-status')).toHaveAttribute('data-state', 'verified');
  });

  test('same claims with different whitespace and order: two valid tokens, two signatures', async ({
    page,
  }) => {
    await openEncoder(page);
    await page.getByRole('button', { name: 'Sign the same claims twice' }).click();
    const verdicts = page.getByTestId('whitespace-status');
    await expect(verdicts).toHaveCount(2);
    await expect(verdicts.nth(0)).toHaveAttribute('data-state', 'verified');
    await expect(verdicts.nth(1)).toHaveAttribute('data-state', 'verified');
    const tokens = await page.getByLabel(/^Token, payload/).allTextContents();
    expect(tokens).toHaveLength(2);
    expect(tokens[0]!.split('.')[2]).not.toBe(tokens[1]!.split('.')[2]);
  });
});
