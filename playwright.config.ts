import { execFileSync } from 'node:child_process';
import { defineConfig, devices } from '@playwright/test';

/** JWT_LAB_PORT and JWT_LAB_DIST let two runs share a machine; CI uses the defaults. */
const PORT = Number(process.env.JWT_LAB_PORT ?? 4173);
const DIST = process.env.JWT_LAB_DIST;
const RESULTS = process.env.JWT_LAB_RESULTS ?? 'test-results';
const BASE_URL = `http://localhost:${PORT}`;

/** Flags that keep Chromium quiet and offline apart from the page itself (and runnable as root). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * scripts/run-e2e.mjs passes the browser in JWT_LAB_CHROMIUM. When Playwright is started directly
 * (`npx playwright test`), ask the same finder, without installing anything, so both ways agree.
 */
function resolveChromium(): string | undefined {
  if (process.env.JWT_LAB_CHROMIUM) return process.env.JWT_LAB_CHROMIUM;
  try {
    const found = execFileSync(process.execPath, ['scripts/find-browser.mjs', '--no-install'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    // Workers are forked after the config loads; the env var spares them a second lookup.
    process.env.JWT_LAB_CHROMIUM = found;
    return found;
  } catch {
    return undefined; // Playwright then reports its own "executable doesn't exist" error
  }
}

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  outputDir: `${RESULTS}/e2e-artifacts`,
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: true,
  forbidOnly: isCI,
  workers: 2,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: `${RESULTS}/e2e.json` }]],
  use: {
    baseURL: BASE_URL,
    locale: 'en-US',
    timezoneId: 'America/New_York',
    colorScheme: 'light',
    // Recording a trace costs ~40 % of the suite's time (two specs: 157 s traced, 95 s not) and CI
    // shows only the text report, so traces are opt-in: JWT_LAB_TRACE=on npm run test:e2e.
    trace: process.env.JWT_LAB_TRACE === 'on' ? 'retain-on-failure' : 'off',
    // The service worker precaches ~8 MB once a page settles: only the offline journeys allow it
    // (e2e/offline.spec.ts), so the others neither download it nor see its requests.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: resolveChromium(), args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort${DIST ? ` --outDir ${DIST}` : ''}`,
    url: BASE_URL,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
