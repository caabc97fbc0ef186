import type { Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectVerdict, MENU_EXAMPLES, openDebugger, pickExample } from './support/debugger';
import { captureViewports } from './support/screenshots';
import { expect, test } from './support/test';

const LANGS = ['node-jose', 'node-jsonwebtoken', 'python-pyjwt', 'ruby-jwt', 'go-jwt'] as const;
type Lang = (typeof LANGS)[number];

/** How each program pins the algorithm, in its library's words. */
const PIN: Record<Lang, (alg: string) => string> = {
  'node-jose': (alg) => `algorithms: ["${alg}"]`,
  'node-jsonwebtoken': (alg) => `algorithms: ["${alg}"]`,
  'python-pyjwt': (alg) => `algorithms=["${alg}"]`,
  'ruby-jwt': (alg) => `algorithm: "${alg}"`,
  'go-jwt': (alg) => `jwt.WithValidMethods([]string{"${alg}"})`,
};

/** What each program does with the key, per form: the line that tells the forms apart. */
const KEY_FORM: Record<'base64url secret' | 'JWKS' | 'JWK', Record<Lang, string>> = {
  'base64url secret': {
    'node-jose': 'Buffer.from(process.env.JWT_SECRET, "base64url")',
    'node-jsonwebtoken': 'Buffer.from(process.env.JWT_SECRET, "base64url")',
    'python-pyjwt': 'base64.urlsafe_b64decode(secret',
    'ruby-jwt': 'Base64.urlsafe_decode64(ENV.fetch("JWT_SECRET"))',
    'go-jwt': 'base64.RawURLEncoding.DecodeString(strings.TrimRight(os.Getenv("JWT_SECRET"), "="))',
  },
  JWKS: {
    'node-jose': 'createLocalJWKSet(JSON.parse(process.env.JWT_PUBLIC_KEY))',
    'node-jsonwebtoken': '.keys.find((candidate) => candidate.kid === kid)',
    'python-pyjwt': 'jwt.PyJWKSet.from_json(os.environ["JWT_PUBLIC_KEY"])[kid]',
    'ruby-jwt': 'jwks: JSON.parse(ENV.fetch("JWT_PUBLIC_KEY"))',
    'go-jwt': 'if jwk.Kid == kid {',
  },
  JWK: {
    'node-jose': 'importJWK(JSON.parse(process.env.JWT_PUBLIC_KEY), "ES256")',
    'node-jsonwebtoken': 'createPublicKey({ key: JSON.parse(process.env.JWT_PUBLIC_KEY), format: "jwk" })',
    'python-pyjwt': 'jwt.PyJWK.from_json(os.environ["JWT_PUBLIC_KEY"])',
    'ruby-jwt': 'JWT::JWK.import(JSON.parse(ENV.fetch("JWT_PUBLIC_KEY")))',
    'go-jwt': 'k.Crv != "P-256"',
  },
};

const example = (id: string) => {
  const found = MENU_EXAMPLES.find((entry) => entry.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found;
};
const snippet = (page: Page, lang: Lang): Locator =>
  page.locator(`[data-testid="verify-snippet"][data-lang="${lang}"]`);

/** Picks an example, waits for its verdict, and opens "Verify in code" (if it is not open yet). */
async function openSnippetsFor(page: Page, label: string): Promise<void> {
  await pickExample(page, label);
  await expectVerdict(page, 'verified');
  const button = page.getByRole('button', { name: 'Verify in code' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('tablist', { name: 'Library' })).toBeVisible();
}

/** Checks every program's algorithm pin and key form; none may carry the key or the token. */
async function expectPrograms(page: Page, alg: string, form: keyof typeof KEY_FORM, secrets: string[]) {
  for (const lang of LANGS) {
    const code = (await snippet(page, lang).textContent()) ?? '';
    expect(code, lang).toContain(PIN[lang](alg));
    expect(code, lang).toContain(KEY_FORM[form][lang]);
    for (const secret of secrets) expect(code, `${lang} embeds a key or the token`).not.toContain(secret);
  }
}

/** The "Verify in code" section at both widths and in both schemes, scrolled into view (viewport shots). */
async function captureSection(page: Page, section: Locator, name: string): Promise<void> {
  // Just below the sticky app bar (two rows tall on a phone), not under it.
  await captureViewports(page, name, () =>
    section.evaluate((element) => {
      const bar = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
      window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - bar - 12);
    }),
  );
}

test.describe('debugger: Verify in code', () => {
  // Each journey loads examples, reads five programs and scans with axe: slow on a busy 2-core machine.
  test.describe.configure({ timeout: 90_000 });

  test('an HS256 token: a program per library, secret decoded as base64url, HS256 pinned, copyable', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await openDebugger(page);
    const button = page.getByRole('button', { name: 'Verify in code' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('verify-snippet')).toHaveCount(0);

    const hs256 = example('hs256');
    await openSnippetsFor(page, 'HS256 · 32-byte secret');
    await expect(page.getByTestId('verify-snippet')).toHaveCount(5);
    await expectPrograms(page, 'HS256', 'base64url secret', [hs256.key, hs256.token]);

    const section = page.getByRole('region', { name: 'Verify in code' });
    const jose = page.getByRole('tabpanel', { name: 'Node.js · jose' });
    await expect(jose.getByText('JWT_SECRET', { exact: true })).toBeVisible();
    await expect(jose.getByText('the HMAC secret as base64url text')).toBeVisible();
    await expect(snippet(page, 'node-jose')).toBeVisible();
    await expect(snippet(page, 'python-pyjwt')).toBeHidden();

    await page.getByRole('tab', { name: 'Python · PyJWT' }).click();
    await expect(snippet(page, 'python-pyjwt')).toBeVisible();
    await expect(snippet(page, 'node-jose')).toBeHidden();
    const panel = page.getByRole('tabpanel', { name: 'Python · PyJWT' });
    await panel.getByRole('button', { name: 'Copy program' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await snippet(page, 'python-pyjwt').textContent());
    await panel.getByRole('button', { name: 'Copy token' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(hs256.token);

    await expectNoAxeViolations(page);
    await captureSection(page, section, 'debugger-verify-in-code');
  });

  test('an RS256 token with a JWKS: each program picks the key by kid and checks iss, aud and leeway', async ({
    page,
  }) => {
    const idp = example('idp-rs256');
    await openDebugger(page);
    await page.getByLabel('Expected issuer (optional)').fill('https://login.example.com/');
    await page.getByLabel('Expected audience (optional)').fill('https://api.example.com, api://spare');
    await page.getByRole('spinbutton', { name: 'Clock skew allowance (seconds)' }).fill('90');
    await openSnippetsFor(page, 'Identity provider · RS256');
    await expectPrograms(page, 'RS256', 'JWKS', [idp.token, idp.key.slice(40, 120)]);

    const section = page.getByRole('region', { name: 'Verify in code' });
    const jose = page.getByRole('tabpanel', { name: 'Node.js · jose' });
    await expect(jose.getByText('JWT_PUBLIC_KEY', { exact: true })).toBeVisible();
    await expect(jose.getByText(/the key whose kid is the token's \("example-idp-2026-11"\)/)).toBeVisible();
    const go = (await snippet(page, 'go-jwt').textContent()) ?? '';
    expect(go).toContain('if issuer := "https://login.example.com/"; !claims.VerifyIssuer(issuer, true)');
    expect(go).toContain('audiences := []string{"https://api.example.com", "api://spare"}');
    expect(go).toContain('leeway := 90 * time.Second');
    await expect(snippet(page, 'python-pyjwt')).toContainText('leeway=90,');
    await expect(snippet(page, 'python-pyjwt')).not.toContainText('verify_aud');
    await expectNoAxeViolations(page);
    await captureSection(page, section, 'debugger-verify-in-code-jwks');
  });

  test('an ES256 token with a JWK, then EdDSA: libraries without EdDSA say so instead of a program', async ({
    page,
  }) => {
    const es256 = example('es256');
    await openDebugger(page);
    await openSnippetsFor(page, 'ES256 · P-256');
    await expectPrograms(page, 'ES256', 'JWK', [es256.token, es256.key.slice(30, 90)]);
    await expect(page.getByRole('region', { name: 'Verify in code' })).toContainText(
      'the public key as one JWK (JSON)',
    );

    await openSnippetsFor(page, 'EdDSA · Ed25519');
    await expect(page.getByTestId('verify-snippet')).toHaveCount(3);
    await page.getByRole('tab', { name: 'Node.js · jsonwebtoken' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Node.js · jsonwebtoken' })).toContainText(
      'jsonwebtoken cannot verify EdDSA',
    );
    await expect(snippet(page, 'go-jwt')).toContainText('jwt.WithValidMethods([]string{"EdDSA"})');
    await expectNoAxeViolations(page);
  });
});
