// Which engine runs an audit, and how the page names it. Pure: the caller probes the adapter.
import type { GpuAdapterInfo } from './gpu-api';

/** What the user picked in the "Engine" field. */
export type EngineChoice = 'auto' | 'gpu' | 'cpu';

/** An adapter as the page describes it. */
export interface AdapterSummary {
  /** Vendor and architecture (or the description), e.g. "SwiftShader" or "nvidia ampere". */
  readonly name: string;
  /** A CPU-emulated adapter (SwiftShader, or any the browser flags as its fallback adapter). */
  readonly software: boolean;
}

/** The engine that ran (or runs) an audit. */
export type AuditEngine =
  | { readonly kind: 'gpu'; readonly adapter: AdapterSummary }
  | {
      readonly kind: 'cpu';
      readonly workers: number;
      readonly simd: boolean;
      /** Why the GPU did not run, when it was wanted or could have been; null when CPU was chosen. */
      readonly reason: string | null;
    };

/** Names an adapter from its info; SwiftShader and fallback adapters are software adapters. */
export function describeAdapter(info: Partial<GpuAdapterInfo> | undefined, fallback = false): AdapterSummary {
  const parts = [info?.vendor, info?.architecture].filter((part): part is string => Boolean(part));
  const text = [...parts, info?.description ?? '', info?.device ?? ''].join(' ');
  const swiftShader = /swiftshader/i.test(text);
  const name = swiftShader
    ? 'SwiftShader'
    : parts.join(' ') || info?.description || info?.device || 'unnamed adapter';
  return { name, software: swiftShader || fallback || info?.isFallbackAdapter === true };
}

/**
 * Whether the GPU runs, and if not why. Auto takes a hardware adapter; a software adapter only when asked
 * for by name (GPU), because it emulates the GPU on the same CPU cores and runs several times slower
 * than the CPU workers' WebAssembly SIMD.
 */
export function decideEngine(
  choice: EngineChoice,
  adapter: AdapterSummary | null,
): { readonly gpu: boolean; readonly reason: string | null } {
  if (choice === 'cpu') return { gpu: false, reason: null };
  if (!adapter) return { gpu: false, reason: 'this browser offers no WebGPU adapter' };
  if (choice === 'auto' && adapter.software)
    return {
      gpu: false,
      reason: `the only WebGPU adapter is ${adapter.name}, a software adapter slower than the CPU workers; choose GPU to run it anyway`,
    };
  return { gpu: true, reason: null };
}

/** "WebGPU (SwiftShader, software adapter)" or "CPU: 2 workers, WebAssembly SIMD". */
export function describeEngine(engine: AuditEngine): string {
  if (engine.kind === 'gpu')
    return `WebGPU (${engine.adapter.name}${engine.adapter.software ? ', software adapter' : ''})`;
  return `CPU: ${engine.workers} worker${engine.workers === 1 ? '' : 's'}, ${engine.simd ? 'WebAssembly SIMD' : 'TypeScript kernel'}`;
}
