import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { REPO_ROOT } from './paths';
import { expect, type SeenRequest } from './test';

/** The shape of e2e/fixtures/tokens.json (see its README). */
export interface FixtureTokens {
  readonly bearerPaste: string;
  readonly hs256: { readonly token: string; readonly key: string; readonly secretEncoding: string };
  readonly rs256: {
    readonly token: string;
    readonly kid: string;
    readonly pem: string;
    readonly jwk: string;
    readonly jwks: string;
    readonly wrongPem: string;
  };
  readonly hs256Base64Secret: {
    readonly token: string;
    readonly secret: string;
    readonly secretEncoding: string;
  };
  readonly expired: {
    readonly token: string;
    readonly key: string;
    readonly secretEncoding: string;
    readonly exp: number;
  };
  readonly malformed: string;
  readonly algNone: string;
  readonly htmlPayload: { readonly token: string; readonly key: string; readonly secretEncoding: string };
}

/** One entry of src/jwt/examples.json, as far as the journeys need it. */
export interface MenuExample {
  readonly id: string;
  readonly label: string;
  readonly group: string;
  readonly token: string;
  readonly key: string;
  readonly secretEncoding: string;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(`${REPO_ROOT}${path}`, 'utf8'));

/** The generated fixture tokens (throwaway keys). */
export const TOKENS = readJson('e2e/fixtures/tokens.json') as FixtureTokens;

/** The examples the menu offers, in menu order (the generated file the app itself bundles). */
export const MENU_EXAMPLES = (readJson('src/jwt/examples.json') as { examples: MenuExample[] }).examples;

/** The verdict states of the `verify-status` hook (PRODUCT.md, "Stable hooks"). */
export type VerdictState = 'verified' | 'invalid' | 'unverified' | 'unsecured' | 'error';

/** The debugger's stable hooks and labelled controls, located once. */
export function debuggerPage(page: Page) {
  return {
    token: page.getByTestId('token-input'),
    key: page.getByTestId('key-input'),
    encoding: page.getByTestId('secret-encoding'),
    skew: page.getByRole('spinbutton', { name: 'Clock skew allowance (seconds)' }),
    header: page.getByTestId('decoded-header'),
    payload: page.getByTestId('decoded-payload'),
    status: page.getByTestId('verify-status'),
    parts: page.getByRole('list', { name: 'Token parts' }),
    tokenSection: page.getByRole('region', { name: 'Encoded token', exact: true }),
    payloadSection: page.getByRole('region', { name: 'Payload', exact: true }),
    warnings: page.getByRole('region', { name: /^Warnings/ }),
    claims: page.getByRole('table', { name: 'Claims and header parameters' }),
    examples: page.getByRole('button', { name: 'Examples', exact: true }),
    share: page.getByRole('button', { name: 'Copy share link' }),
  };
}

/** Opens the debugger and waits until the default example has verified (the page is fully wired). */
export async function openDebugger(page: Page, path = '/'): Promise<ReturnType<typeof debuggerPage>> {
  await page.goto(path);
  const ui = debuggerPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Debugger' })).toBeVisible();
  if (path === '/') await expectVerdict(page, 'verified');
  return ui;
}

/** Waits for the verdict to reach `state` (and, optionally, to say `text`), with no input change pending. */
export async function expectVerdict(page: Page, state: VerdictState, text?: string | RegExp): Promise<void> {
  const status = page.getByTestId('verify-status');
  await expect(status).toHaveAttribute('data-state', state);
  await expect(status).toHaveAttribute('aria-busy', 'false');
  if (text !== undefined) await expect(status).toContainText(text);
}

/**
 * Empties the key field and waits until the verdict has left "verified". Verification is async and
 * the previous verdict stays on screen until the new one arrives, so a journey that expects
 * "verified" next must first see a different state, or it could pass on the old verdict.
 */
export async function clearKey(page: Page): Promise<void> {
  await page.getByTestId('key-input').fill('');
  await expect(page.getByTestId('verify-status')).not.toHaveAttribute('data-state', 'verified');
  await expect(page.getByTestId('verify-status')).not.toContainText('Checking');
}

/** The verdict for an empty token field: distinct from every example's, so a walk can start from it. */
const EMPTY_TOKEN_VERDICT = 'Paste a token to decode it';

/** Empties both fields and waits for the empty-token verdict, so the next verdict seen is new. */
export async function emptyFields(page: Page): Promise<void> {
  await page.getByTestId('key-input').fill('');
  await page.getByTestId('token-input').fill('');
  await expect(page.getByTestId('verify-status')).toContainText(EMPTY_TOKEN_VERDICT);
}

/** A regular expression that matches text starting with `text` literally. */
export const startsWith = (text: string): RegExp =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Opens the Examples menu with the mouse and picks the item whose text starts with `label`. */
export async function pickExample(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Examples', exact: true }).click();
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: startsWith(label) }).click();
  await expect(menu).toBeHidden();
}

/**
 * Loads one example as a keyboard user does (Enter on "Examples", Enter on the item) and returns the
 * verdict once it has settled on that example's token (call `emptyFields` first when the verdict
 * matters: an unchanged verdict from the previous example could otherwise be read). Built for walks through the whole menu: mouse
 * clicks there retry for up to a second because the menu's sticky subheaders cover scrolled items, and
 * one condition per example keeps a 25-example walk within a few seconds.
 */
export async function loadExampleByKeyboard(
  page: Page,
  example: MenuExample,
): Promise<{ state: string | null; text: string }> {
  await page.getByRole('button', { name: 'Examples', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page
    .getByRole('menu')
    .getByRole('menuitem', { name: startsWith(example.label) })
    .focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ({ token, empty }) => {
      const input = document.querySelector<HTMLTextAreaElement>('[data-testid="token-input"]');
      const status = document.querySelector('[data-testid="verify-status"]');
      const text = status?.textContent ?? '';
      return (
        input?.value === token &&
        status?.getAttribute('aria-busy') === 'false' &&
        !text.includes('Checking') &&
        !text.includes(empty)
      );
    },
    { token: example.token, empty: EMPTY_TOKEN_VERDICT },
  );
  const status = page.getByTestId('verify-status');
  return { state: await status.getAttribute('data-state'), text: await status.innerText() };
}

/** The claims-table row of one claim or header parameter, found by its row header. */
export function claimRow(page: Page, name: string): Locator {
  return debuggerPage(page)
    .claims.getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}\\b`) }) });
}

/** base64url without padding, as JWS uses it. */
export const base64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/** Signs an HS256 JWS compact token in Node, independently of the app's own code. */
export function signHs256(
  payload: Record<string, unknown>,
  secret: string | Buffer,
  extraHeader: Record<string, unknown> = {},
): string {
  const header = { alg: 'HS256', typ: 'JWT', ...extraHeader };
  const input = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** Starts recording every request of the context (pages and workers) into the returned list. */
export function recordRequests(context: BrowserContext): SeenRequest[] {
  const seen: SeenRequest[] = [];
  context.on('request', (request) => {
    seen.push({ method: request.method(), url: request.url(), resourceType: request.resourceType() });
  });
  return seen;
}
