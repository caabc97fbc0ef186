// What src/workers/audit-gpu.worker.ts runs: the audit protocol's `start` answered with GPU batches. One
// batch is in flight at a time, so a `cancel` is seen within one batch, and batches adapt to take about
// BATCH_TARGET_MS of GPU time (well under the ~2 s after which a driver would reset a busy GPU, and short
// enough for the page to stay responsive). `hashingMs` sums the batches' GPU round trips.
import type { AuditCommand, AuditEvent } from '../audit-protocol';
import { createHmacKernel, loadKey } from '../hmac-kernel';
import { SHA2_CORES } from '../sha2-cores';
import type { Gpu } from './gpu-api';
import { createGpuCracker, GpuFailure, type GpuCracker, type GpuCrackerSetup } from './gpu-cracker';
import { createGpuShard } from './gpu-shard';

/** What the loop needs from its host (a worker scope, or a test). */
export interface GpuLoopHost {
  post(event: AuditEvent): void;
  now(): number;
  /** `navigator.gpu`, or null where there is none. */
  readonly gpu: Gpu | null;
  /** Builds the cracker (default: createGpuCracker on `gpu`; tests pass a CPU emulation). */
  readonly createCracker?: (gpu: Gpu, setup: GpuCrackerSetup) => Promise<GpuCracker>;
}

const PROGRESS_EVERY_MS = 100;
const BATCH_TARGET_MS = 40;
const FIRST_BATCH = 1024;
const MIN_BATCH = 256;

/** Creates the handler for main-thread commands. */
export function createGpuAuditHandler(host: GpuLoopHost): (command: AuditCommand) => void {
  let active: { cancelled: boolean } | null = null;
  return (command) => {
    if (command.type === 'cancel') {
      if (active) active.cancelled = true;
      return;
    }
    const run = { cancelled: false };
    active = run;
    runShard(host, command, run).catch((error: unknown) => {
      host.post({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof GpuFailure ? { code: error.code } : {}),
      });
    });
  };
}

async function runShard(
  host: GpuLoopHost,
  command: Extract<AuditCommand, { type: 'start' }>,
  run: { cancelled: boolean },
): Promise<void> {
  if (!host.gpu) throw new GpuFailure('gpu-unavailable', 'this browser has no WebGPU (navigator.gpu)');
  const { alg, message, signature } = command;
  const shard = createGpuShard(alg, command.shard);
  const setup = { alg, message, signature, mode: command.shard.kind, alphabet: shard.alphabet };
  // Whatever stops the GPU from starting (no device, a crashed GPU process, a shader it cannot compile)
  // is a reason to run on the CPU instead, not an audit failure.
  const cracker = await (host.createCracker ?? createGpuCracker)(host.gpu, setup).catch((error: unknown) => {
    if (error instanceof GpuFailure) throw error;
    throw new GpuFailure(
      'gpu-unavailable',
      `WebGPU could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  let tried = 0;
  let hashingMs = 0;
  let size = Math.min(FIRST_BATCH, cracker.maxBatch);
  let reportedAt = host.now();
  try {
    while (tried < shard.total) {
      if (run.cancelled) return host.post({ type: 'cancelled', tried, hashingMs });
      const batch = shard.batch(tried, size);
      const started = host.now();
      const hit = await cracker.run(batch);
      const spent = host.now() - started;
      hashingMs += spent;
      if (hit >= 0) {
        const candidate = shard.bytesOf(tried + hit);
        // The GPU only proposes; the TypeScript kernel checks before the main thread's WebCrypto does.
        const verifier = createHmacKernel(SHA2_CORES[alg], message, signature);
        loadKey(verifier, candidate);
        if (!verifier.matches()) throw new Error('the GPU reported a candidate that the CPU kernel rejects');
        tried += hit + 1;
        return host.post({ type: 'hit', tried, hashingMs, candidate });
      }
      tried += batch.count;
      if (spent < BATCH_TARGET_MS / 2 && batch.count === size) size = Math.min(size * 2, cracker.maxBatch);
      else if (spent > BATCH_TARGET_MS * 2) size = Math.max(MIN_BATCH, size >> 1);
      if (host.now() - reportedAt >= PROGRESS_EVERY_MS) {
        reportedAt = host.now();
        host.post({ type: 'progress', tried, hashingMs });
      }
    }
    host.post({ type: 'exhausted', tried, hashingMs });
  } finally {
    cracker.destroy();
  }
}
