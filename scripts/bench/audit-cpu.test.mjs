// Unit tests for the audit bench's CPU sampling: `node --test scripts/bench/`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { busiestCpuSeconds, threadTicks } from './audit-cpu.mjs';

describe('busiestCpuSeconds', () => {
  const before = new Map([
    ['10', 500],
    ['11', 700],
    ['12', 40],
  ]);
  it('sums the largest deltas of threads present in both samples, in seconds', () => {
    const after = new Map([
      ['10', 650],
      ['11', 820],
      ['12', 90],
      ['13', 9000], // started after the first sample: its ticks are not all from the window
    ]);
    assert.equal(busiestCpuSeconds(before, after, 2), 2.7);
  });
  it('ignores threads that ended before the second sample', () =>
    assert.equal(busiestCpuSeconds(before, new Map([['12', 140]]), 2), 1));
});

describe('threadTicks', () => {
  it('finds the threads of a child process', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 2000)']);
    await new Promise((done) => setTimeout(done, 200));
    try {
      const ticks = threadTicks(process.pid);
      assert.ok(ticks.size >= 1, `threads: ${ticks.size}`);
      assert.ok([...ticks.values()].every((value) => Number.isInteger(value) && value >= 0));
    } finally {
      child.kill();
    }
  });
});
