import { wrapWorker, type AuditPort } from '@/audit/audit-runner';

/** One audit worker. The `new URL(…, import.meta.url)` form is what Vite follows to bundle the worker. */
export function spawnAuditWorker(): AuditPort {
  return wrapWorker(new Worker(new URL('../workers/audit.worker.ts', import.meta.url), { type: 'module' }));
}

/** One worker per logical core (4 when the browser does not say), at most 32. */
export function auditWorkerCount(): number {
  const cores = navigator.hardwareConcurrency;
  return Math.max(1, Math.min(Number.isInteger(cores) && cores > 0 ? cores : 4, 32));
}
