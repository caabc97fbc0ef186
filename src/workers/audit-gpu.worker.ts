/// <reference lib="webworker" />
// Thin entry point for the GPU audit: the same protocol as audit.worker.ts, one shard per `start`, the
// batches dispatched to WebGPU (navigator.gpu exists in dedicated workers). All logic is in src/audit/webgpu.
import type { AuditCommand, AuditEvent } from '@/audit/audit-protocol';
import { navigatorGpu } from '@/audit/webgpu/gpu-api';
import { createGpuAuditHandler } from '@/audit/webgpu/gpu-audit-loop';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const handle = createGpuAuditHandler({
  post: (event: AuditEvent) => scope.postMessage(event),
  now: () => performance.now(),
  gpu: navigatorGpu(),
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
