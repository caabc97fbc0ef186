/// <reference lib="webworker" />
// Thin entry point for the secret audit: one shard of candidates per `start`, all logic in src/audit.
import type { AuditCommand, AuditEvent } from '@/audit/audit-protocol';
import { createAuditCommandHandler } from '@/audit/audit-worker-loop';

const scope = self as unknown as DedicatedWorkerGlobalScope;
// A MessageChannel round trip yields to the event loop without setTimeout's 4 ms clamp on nested timers.
const channel = new MessageChannel();
let pending: (() => void) | null = null;
channel.port1.onmessage = () => {
  const next = pending;
  pending = null;
  next?.();
};

const handle = createAuditCommandHandler({
  post: (event: AuditEvent) => scope.postMessage(event),
  defer: (next) => {
    pending = next;
    channel.port2.postMessage(null);
  },
  now: () => performance.now(),
});

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
