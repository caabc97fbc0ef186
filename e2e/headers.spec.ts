import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../deploy/security-headers';
import { REPO_ROOT } from './support/paths';
import { expect, test } from './support/test';

// The preview server sends deploy/security-headers.ts (vite.config.ts), so these journeys check what a
// well-configured host serves: every response carries the headers, nothing can frame the page, and the
// audit worker may still compile its WebAssembly kernel.

const EMPTY_WASM_MODULE = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const WEAK_TOKEN = (
  JSON.parse(readFileSync(`${REPO_ROOT}data/jose-vectors.json`, 'utf8')) as { id: string; token: string }[]
).find((vector) => vector.id === 'weak-secret-HS256-changeme')!.token;

function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
  }
}

/** Starts a brute force long enough to still be running, and returns the audit's first worker. */
async function startLongAudit(page: Page): Promise<Worker> {
  const region = page.getByRole('region', { name: "Audit a token's secret" });
  await page.getByTestId('audit-token').fill(WEAK_TOKEN);
  await region.getByRole('radio', { name: /Brute force/ }).check();
  await region.getByLabel('Alphabet', { exact: true }).selectOption('printable');
  await region.getByLabel('Longest length').fill('8');
  await region.getByRole('button', { name: 'Start audit' }).click();
  await expect(page.getByTestId('audit-status')).toHaveAttribute('data-state', 'running');
  await expect.poll(() => page.workers().some((worker) => worker.url().includes('audit.worker'))).toBe(true);
  return page.workers().find((worker) => worker.url().includes('audit.worker'))!;
}

/** Compiles an empty WebAssembly module where `evaluate` runs: "compiled", or the browser's refusal. */
const compileWasm = (bytes: number[]) => {
  try {
    new WebAssembly.Module(new Uint8Array(bytes));
    return 'compiled';
  } catch (error) {
    return String(error);
  }
};

/** A context outside the network guard, for probes whose whole point is a CSP refusal. */
async function unguardedPage(context: BrowserContext): Promise<{ page: Page; console: string[] }> {
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (message) => console.push(message.text()));
  return { page, console };
}

test('the page, a deep link, the scripts, the workers and the service worker come with the security headers', async ({
  page,
  request,
}) => {
  const home = await request.get('/');
  expectSecurityHeaders(home.headers(), '/');
  expectSecurityHeaders((await request.get('/keys')).headers(), 'the deep link /keys');
  const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(await home.text())?.[1];
  expect(entry, 'the entry script in index.html').toMatch(/^\/assets\/.+\.js$/);
  const script = await request.get(entry!);
  expect(script.headers()['content-type']).toMatch(/javascript/);
  expectSecurityHeaders(script.headers(), entry!);
  // The service worker runs under its own script's headers, and Chromium reads the manifest: both too.
  const serviceWorker = await request.get('/sw.js');
  expect(serviceWorker.headers()['content-type']).toMatch(/javascript/);
  expectSecurityHeaders(serviceWorker.headers(), '/sw.js');
  expectSecurityHeaders((await request.get('/manifest.webmanifest')).headers(), '/manifest.webmanifest');

  const workerScripts = new Map<string, Record<string, string>>();
  page.on('response', async (response) => {
    if (!/\.worker-[^/]+\.js$/.test(response.url())) return;
    // Each audit worker loads the same script: after the first, Chromium revalidates (Cache-Control:
    // no-cache) and reports the 304's few headers; the stored response keeps the full set.
    const headers = await response.allHeaders();
    if (headers['content-type']) workerScripts.set(response.url(), headers);
  });
  const consoleProblems: string[] = [];
  page.on('console', (message) => {
    if (/Permissions-Policy|Content-Security-Policy|X-Frame-Options/i.test(message.text()))
      consoleProblems.push(message.text());
  });
  await page.goto('/keys');
  await startLongAudit(page);
  await expect.poll(() => [...workerScripts.keys()].some((url) => url.includes('audit.worker'))).toBe(true);
  for (const [url, headers] of workerScripts) expectSecurityHeaders(headers, url);
  await page
    .getByRole('region', { name: "Audit a token's secret" })
    .getByRole('button', { name: 'Cancel' })
    .click();
  expect(consoleProblems, 'the browser complained about a header').toEqual([]);
});

test('the audit worker may compile WebAssembly under the header policy', async ({ page }) => {
  await page.goto('/keys');
  const worker = await startLongAudit(page);
  // The worker runs under its script's headers (not the page's meta tag): 'wasm-unsafe-eval' is what
  // lets the SIMD kernel compile there. The page does not report which kernel ran, so probe the worker.
  expect(await worker.evaluate(compileWasm, EMPTY_WASM_MODULE)).toBe('compiled');
  await page
    .getByRole('region', { name: "Audit a token's secret" })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await expect(page.getByTestId('audit-status')).toHaveAttribute('data-state', 'cancelled');
});

test('without the header, the same probe is refused (the probe can fail)', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  await context.route(/audit\.worker-[^/]+\.js$/, async (route) => {
    const response = await route.fetch();
    const strict = CONTENT_SECURITY_POLICY.replace(" 'wasm-unsafe-eval'", '');
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': strict } });
  });
  const { page } = await unguardedPage(context);
  await page.goto('/keys');
  const worker = await startLongAudit(page);
  expect(await worker.evaluate(compileWasm, EMPTY_WASM_MODULE)).toMatch(/CompileError|disallowed/i);
  // The page itself keeps the meta tag's stricter script-src: it has no use for WebAssembly.
  expect(await page.evaluate(compileWasm, EMPTY_WASM_MODULE)).toMatch(/CompileError|disallowed/i);
  await context.close();
});

test('no other page can frame the app', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const { page, console } = await unguardedPage(context);
  await page.setContent(`<iframe src="${baseURL}/" title="jwt-lab, framed"></iframe>`);
  // Chromium: "Framing '…' violates the following Content Security Policy directive: "frame-ancestors
  // 'none'". The request has been blocked."
  await expect.poll(() => console.join('\n')).toMatch(/frame-ancestors 'none'[^]*blocked/);
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  const title = await framed?.evaluate(() => document.title).catch(() => '');
  expect(title ?? '').not.toContain('jwt-lab');
  await context.close();
});

test('the meta tag and the ready-made host files say what the preview server sends', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(/http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1]).toBe(
    META_CONTENT_SECURITY_POLICY,
  );
  const FORMATS: [file: string, line: (name: string, value: string) => string][] = [
    ['public/_headers', (name, value) => `${name}: ${value}`],
    ['deploy/nginx.conf', (name, value) => `add_header ${name} "${value}" always;`],
    ['deploy/apache.htaccess', (name, value) => `Header always set ${name} "${value}"`],
    ['deploy/Caddyfile', (name, value) => `${name} "${value}"`],
  ];
  for (const [file, line] of FORMATS) {
    const lines = readFileSync(`${REPO_ROOT}${file}`, 'utf8')
      .split('\n')
      .map((text) => text.trim());
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(lines, `${name} in ${file}`).toContain(line(name, value));
    }
  }
  // What the build ships for Netlify and Cloudflare Pages is that same file.
  expect(await (await request.get('/_headers')).text()).toBe(
    readFileSync(`${REPO_ROOT}public/_headers`, 'utf8'),
  );
});
