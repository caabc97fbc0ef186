import type { AuditFailureCode } from '@/audit/audit-protocol';
import { wrapWorker, type AuditPort } from '@/audit/audit-runner';

/** One audit worker. The `new URL(…, import.meta.url)` form is what Vite follows to bundle the worker. */
export function spawnAuditWorker(): AuditPort {
  return wrapWorker(new Worker(new URL('../workers/audit.worker.ts', import.meta.url), { type: 'module' }));
}

/**
 * The GPU audit worker, as one port. `onGpuFailure` hears why the GPU gave up (no adapter or pipeline,
 * device lost) before the runner sees the error, so the engine can hand the audit to the CPU workers.
 */
export function spawnGpuAuditWorker(
  onGpuFailure: (code: AuditFailureCode, message: string) => void,
): AuditPort {
  const port = wrapWorker(
    new Worker(new URL('../workers/audit-gpu.worker.ts', import.meta.url), { type: 'module' }),
  );
  return {
    ...port,
    listen: (handler) =>
      port.listen((event) => {
        if (event.type === 'error' && event.code) onGpuFailure(event.code, event.message);
        handler(event);
      }),
  };
}

/** One worker per logical core (4 when the browser does not say), at most 32. */
export function auditWorkerCount(): number {
  const cores = navigator.hardwareConcurrency;
  return Math.max(1, Math.min(Number.isInteger(cores) && cores > 0 ? cores : 4, 32));
}
