import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './support/paths';
import { expectNoAxeViolations } from './support/axe';
import { captureViewports } from './support/screenshots';
import { expect, test } from './support/test';

interface WeakVector {
  readonly id: string;
  readonly token: string;
}
const VECTORS = JSON.parse(readFileSync(`${REPO_ROOT}data/jose-vectors.json`, 'utf8')) as WeakVector[];
const tokenOf = (id: string): string => VECTORS.find((vector) => vector.id === id)!.token;

function auditPanel(page: Page) {
  const region = page.getByRole('region', { name: "Audit a token's secret" });
  return {
    region,
    token: page.getByTestId('audit-token'),
    status: page.getByTestId('audit-status'),
    start: region.getByRole('button', { name: 'Start audit' }),
    cancel: region.getByRole('button', { name: 'Cancel' }),
    bar: region.getByRole('progressbar', { name: 'Audit progress' }),
  };
}

const count = (text: string): number => Number(text.replaceAll(',', ''));

/**
 * Reads the bar and the line under it, and checks they tell one story: the bar's aria-valuenow is the
 * percentage written beside it, and that percentage is the count over the total (2 decimals).
 */
async function expectNumbersAgree(page: Page): Promise<{ percent: number; tried: number; total: number }> {
  const audit = auditPanel(page);
  // One read of the bar and its text together: while running, either may change between two reads.
  const { valueNow, text } = await audit.bar.locator('xpath=..').evaluate((block) => ({
    valueNow: block.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? '',
    text: block.textContent ?? '',
  }));
  const numbers = /([\d.]+)% · ([\d,]+) of ([\d,]+) candidates/;
  expect(text).toMatch(numbers);
  const [, percentText = '', triedText = '', totalText = ''] = numbers.exec(text) ?? [];
  const percent = Number(percentText);
  const tried = count(triedText);
  const total = count(totalText);
  expect(Number(valueNow), `bar vs "${text}"`).toBe(percent);
  const exact = (100 * tried) / total;
  expect(Math.abs(percent - exact), `${percent}% for ${tried} of ${total}`).toBeLessThanOrEqual(
    exact > 0.01 ? 0.005 : exact,
  );
  return { percent, tried, total };
}

/**
 * Like captureScreens, but scrolled to the audit's status at each size: a resize keeps the scroll offset,
 * not the place, so the phone shots would otherwise show another panel.
 */
async function captureAuditScreens(page: Page): Promise<void> {
  await captureViewports(page, 'keys-audit', () =>
    page.getByTestId('audit-status').evaluate((element) => {
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 72);
    }),
  );
}

test('a newcomer tries the weak example token: found at once, every number agreeing', async ({ page }) => {
  await page.goto('/keys');
  const audit = auditPanel(page);
  await audit.region.getByRole('button', { name: 'Try a weak example token' }).click();
  await expect(audit.status).toHaveAttribute('data-state', 'found', { timeout: 30_000 });
  await expect(audit.status).toContainText('Secret found: "letmein"');
  console.log(`weak example: ${await audit.status.textContent()}`);

  // A throwaway HS256 token signed in the page with a published secret, audited against the published list.
  const token = await audit.token.inputValue();
  const [header = '', payload = '', signature = ''] = token.split('.');
  expect(createHmac('sha256', 'letmein').update(`${header}.${payload}`).digest('base64url')).toBe(signature);
  await expect(audit.region.getByRole('radio', { name: /Published secrets/ })).toBeChecked();

  // The headline, the bar and the line under it come from one count.
  const { tried, total } = await expectNumbersAgree(page);
  expect(total).toBe(103_786);
  await expect(audit.status).toContainText(`after ${tried.toLocaleString('en-US')} of 103,786 candidates`);
  // The speed is over the time spent hashing: hundreds of thousands a second, not the "29/s".
  const speedLine = audit.region.getByText(
    /candidates\/s on \d+ workers, timed over|too few to time a speed/,
  );
  const speedText = (await speedLine.textContent()) ?? '';
  console.log(`weak example speed: ${speedText}`);
  const speed = /^([\d.,]+)( thousand| million| billion)? candidates\/s/.exec(speedText);
  if (speed) {
    const scale = { ' thousand': 1e3, ' million': 1e6, ' billion': 1e9 }[speed[2] ?? ''] ?? 1;
    expect(count(speed[1] ?? '') * scale).toBeGreaterThan(10_000);
  }

  // One line: the secret, the time it took, the forged token, and what that time means.
  const elapsed = /in ([\d.]+ s)\.$/.exec((await audit.status.textContent()) ?? '')?.[1] ?? '';
  const found = audit.region.getByRole('alert').filter({ hasText: 'this is how long an attacker' });
  await expect(found).toContainText(
    new RegExp(`^Found "letmein" in ${elapsed.replace('.', '\\.')} and forged this admin token with it: eyJ`),
  );
  await expect(found).toContainText('— this is how long an attacker with one token needs.');
  const forged = (await found.getByTestId('forged-token').textContent()) ?? '';
  const [forgedHeader = '', forgedPayload = '', forgedSignature = ''] = forged.split('.');
  expect(JSON.parse(Buffer.from(forgedPayload, 'base64url').toString())).toMatchObject({ role: 'admin' });
  expect(createHmac('sha256', 'letmein').update(`${forgedHeader}.${forgedPayload}`).digest('base64url')).toBe(
    forgedSignature,
  );
  await expect(audit.region.getByTestId('forged-verification')).toHaveAttribute('data-state', 'verified');

  await expectNoAxeViolations(page);
  await captureAuditScreens(page);
});

test('finds a published secret and forges an admin token that verifies', async ({ page }) => {
  await page.goto('/keys');
  const audit = auditPanel(page);
  await expect(audit.status).toHaveAttribute('data-state', 'idle');
  await expect(audit.start).toBeDisabled();
  await audit.token.fill('not.a token');
  await expect(audit.region.locator('#audit-token-error')).toHaveAttribute(
    'data-error-code',
    'TOKEN_MALFORMED',
  );

  await audit.token.fill(tokenOf('weak-secret-HS256-changeme'));
  await expect(audit.region.getByRole('radio', { name: /Published secrets/ })).toBeChecked();
  await audit.start.click();
  await expect(audit.status).toHaveAttribute('data-state', 'found', { timeout: 30_000 });
  await expect(audit.status).toContainText('Secret found: "changeme"');
  console.log(`published-list audit: ${await audit.status.textContent()}`);

  const forged = (await audit.region.getByTestId('forged-token').textContent()) ?? '';
  const [header = '', payload = '', signature = ''] = forged.split('.');
  expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ role: 'admin' });
  expect(createHmac('sha256', 'changeme').update(`${header}.${payload}`).digest('base64url')).toBe(signature);
  await expect(audit.region.getByTestId('forged-verification')).toHaveAttribute('data-state', 'verified');
  await expect(audit.region.getByTestId('forged-verification')).toContainText('Signature verified');

  await audit.region.getByRole('button', { name: 'Export for hashcat' }).click();
  await expect(audit.region.getByLabel('Command line')).toHaveText(
    'hashcat -m 16500 -a 0 jwt.hash jwt.secrets.list',
  );
  await expect(audit.region.getByLabel('Hash file (jwt.hash)')).toHaveText(
    `${tokenOf('weak-secret-HS256-changeme')}\n`,
  );
  const download = page.waitForEvent('download');
  await audit.region.getByRole('button', { name: 'Download jwt.hash' }).click();
  expect((await download).suggestedFilename()).toBe('jwt.hash');

  await expectNoAxeViolations(page);
  await expectNumbersAgree(page);

  await audit.region.getByRole('button', { name: 'Open the forged token in the debugger' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByTestId('verify-status')).toHaveAttribute('data-state', 'verified');
  await expect(page.getByTestId('decoded-payload')).toContainText('"role": "admin"');
});

test('audits with a dropped wordlist and with a brute force that finds the secret', async ({ page }) => {
  await page.goto('/keys');
  const audit = auditPanel(page);
  await audit.token.fill(tokenOf('weak-secret-HS256-supersecret'));
  await audit.region.getByRole('radio', { name: /A wordlist file/ }).check();
  await expect(audit.start).toBeDisabled();
  await audit.region.getByLabel('Wordlist file', { exact: true }).setInputFiles({
    name: 'team-guesses.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hunter2\r\nletmein\r\n\r\nsupersecret\r\nwinter\r\n'),
  });
  await expect(audit.region.getByText('Loaded team-guesses.txt: 4 candidates.')).toBeVisible();
  await audit.start.click();
  await expect(audit.status).toHaveAttribute('data-state', 'found');
  await expect(audit.status).toContainText('"supersecret"');

  await audit.token.fill(tokenOf('weak-secret-HS256-123456'));
  await audit.region.getByRole('radio', { name: /Brute force/ }).check();
  await audit.region.getByLabel('Alphabet', { exact: true }).selectOption('digits');
  await audit.region.getByLabel('Longest length').fill('6');
  await expect(
    audit.region.getByText('Covers all 1,111,110 strings of 1 to 6 characters over digits (10).'),
  ).toBeVisible();
  await audit.start.click();
  await expect(audit.status).toHaveAttribute('data-state', 'found', { timeout: 30_000 });
  await expect(audit.status).toContainText('Secret found: "123456"');
  console.log(`digits brute force: ${await audit.status.textContent()}`);

  // A miss says what was covered.
  await audit.region.getByLabel('Longest length').fill('3');
  await audit.start.click();
  await expect(audit.status).toHaveAttribute('data-state', 'exhausted');
  await expect(audit.status).toContainText('Not found: all 1,110 candidates tried');
  await expect(audit.region.getByText(/rules out only these candidates/)).toBeVisible();
});

test('cancels a brute force that would take years', async ({ page }) => {
  await page.goto('/keys');
  const audit = auditPanel(page);
  await audit.token.fill(tokenOf('weak-secret-HS256-changeme'));
  await audit.region.getByRole('radio', { name: /Brute force/ }).check();
  await audit.region.getByLabel('Alphabet', { exact: true }).selectOption('printable');
  await audit.region.getByLabel('Longest length').fill('8');
  await audit.start.click();
  await expect(audit.status).toHaveAttribute('data-state', 'running');
  // Count and time left on one line, the speed and what it is timed over on the next.
  await expect(audit.region.getByText(/of 6,704,780,954,517,120 candidates · about .* left$/)).toBeVisible();
  const speed = audit.region.getByText(/candidates\/s on \d+ workers, timed over [\d.,]+ (ms|s) of hashing/);
  await expect(speed).toBeVisible();
  console.log(`printable ASCII brute force: ${await speed.textContent()}`);
  await expectNumbersAgree(page);
  await expect(audit.start).toBeDisabled();
  await audit.cancel.click();
  await expect(audit.status).toHaveAttribute('data-state', 'cancelled');
  await expect(audit.status).toContainText(/Cancelled after [\d,]+ of 6,704,780,954,517,120 candidates/);
  await expectNumbersAgree(page);
  await expect(audit.start).toBeEnabled();

  await audit.region.getByRole('button', { name: 'Export for hashcat' }).click();
  await expect(audit.region.getByLabel('Command line')).toContainText(
    "hashcat -m 16500 -a 3 -1 ' !\"#$%&'\\''()*+,-./0123456789:;<=>??@",
  );
  await expect(audit.region.getByLabel('Command line')).toContainText(
    "--increment --increment-min=1 --increment-max=8 jwt.hash '?1?1?1?1?1?1?1?1'",
  );
});
