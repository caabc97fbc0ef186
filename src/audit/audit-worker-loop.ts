// What src/workers/audit.worker.ts runs: answers `start` with batches of work, yields between batches so
// a `cancel` message can arrive (SharedArrayBuffer would need COOP/COEP, which the app does not send),
// reports progress about every 100 ms, and adapts the batch so one batch takes ~25 ms. It times only the
// batches themselves, so a speed computed from its reports is the hashing speed, not start-up or yields.
import type { AuditCommand, AuditEvent } from './audit-protocol';
import { createShardCursor, type ShardCursor } from './crack-shard';

/** What the loop needs from its host (a worker scope, or a test). */
export interface AuditLoopHost {
  post(event: AuditEvent): void;
  /** Runs `next` after pending messages have had a chance to be handled. */
  defer(next: () => void): void;
  now(): number;
}

const PROGRESS_EVERY_MS = 100;
const BATCH_TARGET_MS = 25;
const FIRST_BATCH = 1024;

/** Creates the handler for main-thread commands. */
export function createAuditCommandHandler(host: AuditLoopHost): (command: AuditCommand) => void {
  let active: { cursor: ShardCursor; cancelled: boolean } | null = null;
  return (command) => {
    if (command.type === 'cancel') {
      if (active) active.cancelled = true;
      return;
    }
    const run = { cursor: createShardCursor(command, command.shard), cancelled: false };
    active = run;
    let batch = FIRST_BATCH;
    let reportedAt = host.now();
    let hashingMs = 0;
    const tick = () => {
      try {
        step();
      } catch (error) {
        host.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    };
    const step = () => {
      const { cursor } = run;
      if (run.cancelled) return host.post({ type: 'cancelled', tried: cursor.tried, hashingMs });
      const started = host.now();
      const hit = cursor.step(batch);
      const spent = host.now() - started;
      hashingMs += spent;
      if (spent < BATCH_TARGET_MS / 2) batch = Math.min(batch * 2, 1 << 24);
      else if (spent > BATCH_TARGET_MS * 2) batch = Math.max(64, batch >> 1);
      if (hit) return host.post({ type: 'hit', tried: cursor.tried, hashingMs, candidate: hit });
      if (cursor.tried >= cursor.total)
        return host.post({ type: 'exhausted', tried: cursor.tried, hashingMs });
      if (host.now() - reportedAt >= PROGRESS_EVERY_MS) {
        reportedAt = host.now();
        host.post({ type: 'progress', tried: cursor.tried, hashingMs });
      }
      host.defer(tick);
    };
    tick();
  };
}
