/// <reference lib="webworker" />
// Thin entry point for the secret audit: one shard of candidates per `start`, all logic in src/audit.
import type { AuditEvent } from '@/audit/audit-protocol';
import { createAuditCommandHandler } from '@/audit/audit-worker-loop';
import { serveAuditCommands } from './serve-audit-commands';

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

serveAuditCommands(scope, handle);
