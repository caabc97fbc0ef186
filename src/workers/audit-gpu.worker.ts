/// <reference lib="webworker" />
// Thin entry point for the GPU audit: the same protocol as audit.worker.ts, one shard per `start`, the
// batches dispatched to WebGPU (navigator.gpu exists in dedicated workers). All logic is in src/audit/webgpu.
import type { AuditEvent } from '@/audit/audit-protocol';
import { navigatorGpu } from '@/audit/webgpu/gpu-api';
import { createGpuAuditHandler } from '@/audit/webgpu/gpu-audit-loop';
import { serveAuditCommands } from './serve-audit-commands';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const handle = createGpuAuditHandler({
  post: (event: AuditEvent) => scope.postMessage(event),
  now: () => performance.now(),
  gpu: navigatorGpu(),
});

serveAuditCommands(scope, handle);
