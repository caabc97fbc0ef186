import { describe, expect, it } from 'vitest';
import type { AuditEvent } from './audit-protocol';
import { createAuditCommandHandler } from './audit-worker-loop';

const ABC = new TextEncoder().encode('abc');

/** Runs a shard of 'abc' strings to its end on a fake clock: 1 ms per reading, `pauseMs` between batches. */
function runShard(pauseMs: number, maxLength: number, end: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  let clock = 0;
  let queue: (() => void) | null = null;
  const handle = createAuditCommandHandler({
    post: (event) => events.push(event),
    defer: (next) => {
      clock += pauseMs;
      queue = next;
    },
    now: () => clock++,
  });
  handle({
    type: 'start',
    alg: 'HS256',
    message: new TextEncoder().encode('e30.e30'),
    signature: new Uint8Array(32),
    shard: { kind: 'brute', alphabet: ABC, minLength: 1, maxLength, start: 0, end },
  });
  for (let guard = 0; queue && guard < 100; guard++) {
    const next: () => void = queue;
    queue = null;
    next();
  }
  return events;
}

describe('createAuditCommandHandler', () => {
  it.each([0, 150, 5_000])('counts only time spent hashing, whatever the pauses (%i ms)', (pauseMs) => {
    // 3 + 9 + … + 729 = 1092 candidates: a batch of 1024, then one of the last 68.
    const events = runShard(pauseMs, 6, 1092);
    // Two batches of 1 ms each on the fake clock: pauses between batches are not hashing.
    expect(events.at(-1)).toEqual({ type: 'exhausted', tried: 1092, hashingMs: 2 });
  });

  it('reports progress with its hashing time once 100 ms have passed', () => {
    // 9840 candidates in batches of 1024, 2048, 4096 and the last 2672; 150 ms pass between batches.
    expect(runShard(150, 8, 9840)).toEqual([
      { type: 'progress', tried: 3072, hashingMs: 2 },
      { type: 'progress', tried: 7168, hashingMs: 3 },
      { type: 'exhausted', tried: 9840, hashingMs: 4 },
    ]);
  });
});
