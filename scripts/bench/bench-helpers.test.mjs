// Unit tests for the bench's pure helpers: `node --test scripts/bench/` (Vitest only looks in src/).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseArgs } from '../bench.mjs';
import { classifyAsset, measureRequested } from './assets.mjs';
import { BUDGETS, formatRows } from './report.mjs';
import { resolveRequestFile } from './serve.mjs';
import { median, toKb } from './stats.mjs';
import { createHmacToken } from './token.mjs';

describe('median', () => {
  for (const [values, expected] of [
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5], 5],
    [[1, Number.NaN, 3], 2],
  ]) {
    it(`returns ${expected} for ${JSON.stringify(values)}`, () => assert.equal(median(values), expected));
  }
  it('returns NaN for no values', () => assert.ok(Number.isNaN(median([]))));
});

describe('toKb', () => {
  it('divides by 1024 and keeps two decimals', () => assert.equal(toKb(1536), 1.5));
});

describe('classifyAsset', () => {
  for (const [path, type, expected] of [
    ['/assets/index-abc.js', 'script', 'js'],
    ['/assets/chunk.mjs', 'link', 'js'],
    ['/boot.css', 'link', 'css'],
    ['/favicon.svg', 'other', 'other'],
    ['/known-secrets/jwt.secrets.list.gz', 'fetch', 'other'],
  ]) {
    it(`counts ${path} as ${expected}`, () => assert.equal(classifyAsset(path, type), expected));
  }
});

describe('resolveRequestFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'jwt-lab-bench-test-'));
  const dirs = { appDir: join(root, 'app'), benchDir: join(root, 'bench') };
  mkdirSync(join(dirs.appDir, 'assets'), { recursive: true });
  mkdirSync(join(dirs.benchDir, 'bench'), { recursive: true });
  writeFileSync(join(dirs.appDir, 'index.html'), '<!doctype html>');
  writeFileSync(join(dirs.appDir, 'assets', 'a.js'), 'console.log("a".repeat(10));');
  writeFileSync(join(dirs.benchDir, 'bench', 'page.html'), '<!doctype html>');

  for (const [pathname, expected] of [
    ['/', join(dirs.appDir, 'index.html')],
    ['/assets/a.js', join(dirs.appDir, 'assets', 'a.js')],
    ['/keys', join(dirs.appDir, 'index.html')],
    ['/../../etc/passwd', join(dirs.appDir, 'index.html')],
    ['/__bench/bench/page.html', join(dirs.benchDir, 'bench', 'page.html')],
    ['/__bench/missing.js', null],
  ]) {
    it(`answers ${pathname}`, async () => assert.equal(await resolveRequestFile(dirs, pathname), expected));
  }

  it('sums each same-origin file once and skips other origins', async () => {
    const origin = 'http://127.0.0.1:1';
    const { totals, files } = await measureRequested(dirs, origin, [
      { url: `${origin}/assets/a.js`, resourceType: 'script' },
      { url: `${origin}/assets/a.js?again`, resourceType: 'script' },
      { url: 'http://elsewhere.test/x.js', resourceType: 'script' },
    ]);
    assert.equal(files.length, 1);
    assert.equal(totals.js.raw, 28);
    assert.ok(totals.js.gzip > 0);
    assert.equal(totals.css.raw, 0);
  });
});

describe('createHmacToken', () => {
  for (const encoding of ['utf8', 'base64', 'base64url', 'hex']) {
    it(`signs with the secret written in ${encoding}`, () => {
      const { token, keyText } = createHmacToken({ claimBytes: 1000, encoding });
      const [header, payload, signature] = token.split('.');
      const secret = Buffer.from(keyText, encoding);
      assert.equal(secret.length, 32);
      const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
      assert.equal(signature, expected);
      assert.equal(JSON.parse(Buffer.from(payload, 'base64url').toString()).blob.length, 1000);
    });
  }
});

describe('parseArgs', () => {
  for (const [argv, expected] of [
    [[], { runs: 7, build: true, strict: false, peers: false }],
    [['--runs', '3', '--no-build'], { runs: 3, build: false, strict: false, peers: false }],
    [['--runs=5', '--strict'], { runs: 5, build: true, strict: true, peers: false }],
    [['--peers'], { runs: 7, build: true, strict: false, peers: true }],
  ]) {
    it(`reads ${JSON.stringify(argv)}`, () => assert.deepEqual(parseArgs(argv), expected));
  }
  it('refuses a run count that is not a whole number', () => assert.throws(() => parseArgs(['--runs', '0'])));
});

describe('BUDGETS', () => {
  for (const [key, passing, failing] of [
    ['initial_js_gzip_kb', 170, 170.01],
    ['decode_verify_1kb_ms', 1.99, 2],
    ['longest_task_1mb_ms', 100, 100.1],
    ['editor_chunks_in_initial_bundle', 0, 1],
    ['audit_candidates_per_s', 1_000_000, 999_999],
  ]) {
    it(`${key}: ${passing} passes and ${failing} fails`, () => {
      const budget = BUDGETS.find((b) => b.key === key);
      assert.equal(budget.pass(passing), true);
      assert.equal(budget.pass(failing), false);
    });
  }
});

describe('formatRows', () => {
  it('marks a figure over its budget FAIL and leaves a figure without one unmarked', () => {
    const results = { audit_candidates_per_s: 999_999, audit_workers: 2 };
    const [audit, workers] = formatRows(results, [
      ['audit', results.audit_candidates_per_s, '/s', 'audit_candidates_per_s'],
      ['workers', results.audit_workers, '', 'audit_workers'],
    ]);
    assert.match(audit, /999999 {2}\/s {4}FAIL {2}\(audit ≥ 1,000,000 candidates\/s\)$/);
    assert.match(workers, /workers +2$/);
  });
});
