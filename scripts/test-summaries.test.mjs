// Unit tests for how `npm test` counts each suite (run by its `scripts` step).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { summarizeNodeTest, summarizePlaywright, summarizeVitest } from './test-summaries.mjs';

const tap = (lines) => `TAP version 13\nok 1 - a\n${lines.join('\n')}\n`;

describe('summarizeNodeTest', () => {
  for (const [name, text, code, expected] of [
    [
      'all passed',
      tap(['# tests 3', '# pass 3', '# fail 0', '# cancelled 0', '# skipped 0', '# todo 0']),
      0,
      { passed: 3, failed: 0, skipped: 0, note: '' },
    ],
    [
      'a failure',
      tap(['# pass 2', '# fail 1', '# cancelled 0', '# skipped 0', '# todo 0']),
      1,
      { passed: 2, failed: 1, skipped: 0, note: '' },
    ],
    [
      'cancelled tests fail',
      tap(['# pass 2', '# fail 0', '# cancelled 1', '# skipped 1', '# todo 1']),
      1,
      { passed: 2, failed: 1, skipped: 2, note: '' },
    ],
    ['no summary', 'Error: cannot find module', 1, { passed: 0, failed: 1, note: 'no TAP summary (exit 1)' }],
    ['no file', null, 1, { passed: 0, failed: 1, note: 'no TAP summary (exit 1)' }],
    [
      'green counts but a bad exit',
      tap(['# pass 4', '# fail 0', '# cancelled 0', '# skipped 0', '# todo 0']),
      7,
      { passed: 4, failed: 0, skipped: 0, note: 'exit 7' },
    ],
    [
      'no tests',
      tap(['# pass 0', '# fail 0', '# cancelled 0', '# skipped 0', '# todo 0']),
      0,
      { passed: 0, failed: 0, skipped: 0, note: 'no tests found' },
    ],
  ])
    it(name, () => assert.deepEqual(summarizeNodeTest(text, code), expected));
});

describe('summarizeVitest', () => {
  it('counts a file that failed to load as a failure', () => {
    const report = {
      numPassedTests: 5,
      numFailedTests: 0,
      numTotalTests: 5,
      testResults: [{ status: 'failed', assertionResults: [] }],
    };
    assert.deepEqual(summarizeVitest(report, 1), {
      passed: 5,
      failed: 1,
      skipped: 0,
      note: '1 test file(s) failed to run',
    });
  });
  it('is a failure without a report', () =>
    assert.deepEqual(summarizeVitest(null, 1), { passed: 0, failed: 1, note: 'no JSON report (exit 1)' }));
});

describe('summarizePlaywright', () => {
  it('counts flaky tests and errors outside tests as failures', () => {
    const report = { stats: { expected: 9, unexpected: 1, flaky: 1, skipped: 0 }, errors: [{}] };
    assert.deepEqual(summarizePlaywright(report, 1), {
      passed: 9,
      failed: 3,
      skipped: 0,
      note: '1 error(s) outside tests',
    });
  });
});
