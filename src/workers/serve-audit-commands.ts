/// <reference lib="webworker" />
import type { AuditCommand, AuditEvent } from '@/audit/audit-protocol';

/**
 * Feeds a worker's audit commands to `handle`; anything it throws goes back as an `error` event, so the
 * main thread hears of it instead of the audit hanging. Shared by the CPU and the GPU audit workers.
 */
export function serveAuditCommands(
  scope: DedicatedWorkerGlobalScope,
  handle: (command: AuditCommand) => void,
): void {
  scope.onmessage = (event: MessageEvent<AuditCommand>) => {
    try {
      handle(event.data);
    } catch (error) {
      scope.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      } satisfies AuditEvent);
    }
  };
}
