// Runs an audit on the engine the user chose: WebGPU (one GPU worker) when an adapter is there and wanted,
// else the CPU workers. When the GPU gives up (no pipeline, device lost), the CPU workers run the same
// audit from the start, so the result is the same; `onEngine` hears each engine as it takes over.
import { summarizeProgress, type AuditProgress } from '@/audit/audit-progress';
import { startAudit, type AuditOutcome, type AuditRun, type AuditSource } from '@/audit/audit-runner';
import type { CrackTarget } from '@/audit/crack-target';
import { navigatorGpu, readAdapterInfo } from '@/audit/webgpu/gpu-api';
import {
  decideEngine,
  describeAdapter,
  type AdapterSummary,
  type AuditEngine,
  type EngineChoice,
} from '@/audit/webgpu/engine-choice';
import { auditWorkerCount, spawnAuditWorker, spawnGpuAuditWorker } from './audit-workers';

/** How to run an engine audit. */
export interface EngineAuditOptions {
  readonly choice: EngineChoice;
  readonly now: () => number;
  readonly onProgress?: (progress: AuditProgress) => void;
  readonly onEngine?: (engine: AuditEngine) => void;
}

// The smallest SIMD module (one v128 constant): WebAssembly.validate says whether the CPU kernels get SIMD.
const SIMD_PROBE = Uint8Array.from(atob('AGFzbQEAAAABBQFgAAF7AwIBAAoKAQgAQQD9D/1iCw=='), (char) =>
  char.charCodeAt(0),
);

/** Whether this browser's WebAssembly has SIMD128 (what the CPU workers' fast kernels need). */
export function wasmSimdSupported(): boolean {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

let probing: Promise<AdapterSummary | null> | null = null;

/** The WebGPU adapter this page would get, named (null without WebGPU or an adapter); asked once. */
export function probeGpuAdapter(): Promise<AdapterSummary | null> {
  probing ??= (async () => {
    try {
      const adapter = await navigatorGpu()?.requestAdapter({ powerPreference: 'high-performance' });
      if (!adapter) return null;
      return describeAdapter(await readAdapterInfo(adapter), adapter.isFallbackAdapter === true);
    } catch {
      return null;
    }
  })();
  return probing;
}

/** Starts an audit on the chosen engine; `cancel` works from the first moment, even before it is chosen. */
export function startEngineAudit(
  target: CrackTarget,
  source: AuditSource,
  options: EngineAuditOptions,
): AuditRun {
  const { now, onProgress, onEngine } = options;
  const started = now();
  let current: AuditRun | null = null;
  let cancelled = false;
  const total = source.kind === 'list' ? source.candidates.length : source.space.size;
  const cancelledEarly = (): AuditOutcome => ({
    kind: 'cancelled',
    ...summarizeProgress([], total, now() - started),
  });

  const run = async (): Promise<AuditOutcome> => {
    const adapter = options.choice === 'cpu' ? null : await probeGpuAdapter();
    const decision = decideEngine(options.choice, adapter);
    let { reason } = decision;
    if (cancelled) return cancelledEarly();
    if (decision.gpu && adapter) {
      let failure: string | null = null;
      onEngine?.({ kind: 'gpu', adapter });
      current = startAudit(target, source, {
        workers: 1,
        spawn: () => spawnGpuAuditWorker((_code, message) => (failure = message)),
        now,
        onProgress,
      });
      try {
        return await current.outcome;
      } catch (error) {
        if (failure === null) throw error;
        reason = `the GPU engine stopped (${failure}); the CPU workers ran the audit instead`;
      }
      if (cancelled) return cancelledEarly();
    }
    const workers = auditWorkerCount();
    onEngine?.({ kind: 'cpu', workers, simd: wasmSimdSupported(), reason });
    current = startAudit(target, source, { workers, spawn: spawnAuditWorker, now, onProgress });
    return current.outcome;
  };

  return {
    outcome: run(),
    cancel: () => {
      cancelled = true;
      current?.cancel();
    },
  };
}
