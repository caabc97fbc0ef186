import { createHmac } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, test } from './support/test';

// WebGPU needs --enable-unsafe-webgpu in headless Chromium (it then offers SwiftShader, a software
// adapter). Only this spec's browser gets the flag: the other journeys keep the CPU engine.
test.use({
  launchOptions: async ({ launchOptions }, use) => {
    await use({ ...launchOptions, args: [...(launchOptions.args ?? []), '--enable-unsafe-webgpu'] });
  },
});

type Alg = 'HS256' | 'HS384' | 'HS512';
type Engine = 'gpu' | 'cpu';

/** A token signed here with `secret` (the page never sees the secret). */
function tokenFor(alg: Alg, secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg, typ: 'JWT' })}.${part({ sub: 'webgpu', name: 'Grace Hopper', iat: 1700000000 })}`;
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  return `${input}.${createHmac(hash, secret).update(input).digest('base64url')}`;
}

/** Each algorithm gets its own brute-force space and word list, small enough for a software GPU. */
const CASES: Record<Alg, { alphabet: string; secret: string; word: string }> = {
  HS256: { alphabet: 'lowercase', secret: 'gpu', word: 'correct horse' },
  HS384: { alphabet: 'digits', secret: '4711', word: 'pässwörd€' },
  HS512: { alphabet: 'alphanumeric', secret: 'Z9', word: 'x'.repeat(150) },
};

/** Lines of the dropped word list: the word is there for "found" and left out for "not found". */
function wordlist(word: string | null): string {
  const others = ['hunter2', 'letmein', 'é', 'y'.repeat(200), 'winter2024', ''];
  return [...others.slice(0, 3), ...(word ? [word] : []), ...others.slice(3)].join('\n');
}

interface Finding {
  readonly state: string;
  readonly secret: string | null;
}

async function audit(page: Page, engine: Engine): Promise<Finding> {
  const region = page.getByRole('region', { name: "Audit a token's secret" });
  const status = page.getByTestId('audit-status');
  await region.getByLabel('Engine', { exact: true }).selectOption(engine);
  await region.getByRole('button', { name: 'Start audit' }).click();
  await expect(status).toHaveAttribute('data-state', /found|exhausted/, { timeout: 30_000 });
  // The page says which engine ran: WebGPU on its adapter, or the CPU workers.
  const ran = region.getByText(/^Engine: /);
  await expect(ran).toContainText(
    engine === 'gpu' ? 'Engine: WebGPU (SwiftShader, software adapter)' : 'Engine: CPU:',
  );
  const speed = region.getByText(
    engine === 'gpu'
      ? /candidates\/s on the GPU, timed over|too few to time/
      : /candidates\/s on \d+ workers, timed over|too few to time/,
  );
  await expect(speed).toBeVisible();
  const text = (await status.textContent()) ?? '';
  console.log(`${engine}: ${text} | ${await speed.textContent()}`);
  return {
    state: (await status.getAttribute('data-state')) ?? '',
    secret: /^Secret found: "(.*?)", after/.exec(text)?.[1] ?? null,
  };
}

/** Runs the same audit on both engines and expects the same verdict and secret. */
async function compareEngines(page: Page, expected: Finding): Promise<void> {
  const gpu = await audit(page, 'gpu');
  const cpu = await audit(page, 'cpu');
  expect(gpu, 'the WebGPU engine and the CPU engine disagree').toEqual(cpu);
  expect(gpu).toEqual(expected);
}

/** Auto leaves a software adapter aside and says why (SwiftShader is slower than the CPU workers). */
async function expectAutoToSkipSoftwareAdapter(page: Page): Promise<void> {
  const region = page.getByRole('region', { name: "Audit a token's secret" });
  await region.getByLabel('Engine', { exact: true }).selectOption('auto');
  await region.getByRole('button', { name: 'Start audit' }).click();
  await expect(page.getByTestId('audit-status')).toHaveAttribute('data-state', 'found', { timeout: 30_000 });
  await expect(region.getByText(/^Engine: CPU: \d+ workers?, /)).toContainText(
    'the only WebGPU adapter is SwiftShader, a software adapter slower than the CPU workers',
  );
  await expectNoAxeViolations(page);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/keys');
  const adapter = await page.evaluate(async () => {
    const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
    if (!gpu) return 'no navigator.gpu';
    return (await gpu.requestAdapter()) ? 'adapter' : 'no adapter';
  });
  expect(
    adapter,
    'WebGPU gave no adapter: this journey needs Chromium with --enable-unsafe-webgpu (SwiftShader)',
  ).toBe('adapter');
});

for (const alg of ['HS256', 'HS384', 'HS512'] as const) {
  test(`${alg}: the WebGPU engine finds and misses exactly what the CPU engine does`, async ({ page }) => {
    test.setTimeout(60_000);
    const { alphabet, secret, word } = CASES[alg];
    const region = page.getByRole('region', { name: "Audit a token's secret" });
    await page.getByTestId('audit-token').fill(tokenFor(alg, secret));
    await region.getByRole('radio', { name: /Brute force/ }).check();
    await region.getByLabel('Alphabet', { exact: true }).selectOption(alphabet);
    await region.getByLabel('Longest length').fill(String(secret.length));
    await compareEngines(page, { state: 'found', secret });
    if (alg === 'HS256') await expectAutoToSkipSoftwareAdapter(page);
    // One character shorter: the secret is outside the space.
    await region.getByLabel('Longest length').fill(String(secret.length - 1));
    await compareEngines(page, { state: 'exhausted', secret: null });

    await page.getByTestId('audit-token').fill(tokenFor(alg, word));
    await region.getByRole('radio', { name: /A wordlist file/ }).check();
    const drop = region.getByLabel('Wordlist file', { exact: true });
    await drop.setInputFiles({
      name: 'found.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(wordlist(word)),
    });
    await expect(region.getByText(/^Loaded found\.txt/)).toBeVisible();
    await compareEngines(page, { state: 'found', secret: word });
    await drop.setInputFiles({
      name: 'missed.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(wordlist(null)),
    });
    await expect(region.getByText(/^Loaded missed\.txt/)).toBeVisible();
    await compareEngines(page, { state: 'exhausted', secret: null });
  });
}

// A browser without WebGPU (navigator.gpu hidden before the app loads): the GPU choice falls back.
test('in a browser without WebGPU, the GPU choice runs on the CPU workers and says why', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined }));
  await page.reload();
  const region = page.getByRole('region', { name: "Audit a token's secret" });
  await page.getByTestId('audit-token').fill(tokenFor('HS256', 'gpu'));
  await region.getByRole('radio', { name: /Brute force/ }).check();
  await region.getByLabel('Longest length').fill('3');
  await region.getByLabel('Engine', { exact: true }).selectOption('gpu');
  await region.getByRole('button', { name: 'Start audit' }).click();
  await expect(page.getByTestId('audit-status')).toHaveAttribute('data-state', 'found', { timeout: 30_000 });
  await expect(page.getByTestId('audit-status')).toContainText('Secret found: "gpu"');
  await expect(region.getByText(/^Engine: CPU: /)).toContainText('this browser offers no WebGPU adapter');
});
