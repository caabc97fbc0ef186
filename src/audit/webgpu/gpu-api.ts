// The slice of the WebGPU API the audit uses, typed here: TypeScript's DOM library has no WebGPU types
// yet, and @webgpu/types would be a dependency for a dozen members. Names and shapes follow the spec.

/** GPUBufferUsage flags (WebGPU §5.1). */
export const BUFFER_USAGE = {
  MAP_READ: 0x0001,
  COPY_SRC: 0x0004,
  COPY_DST: 0x0008,
  UNIFORM: 0x0040,
  STORAGE: 0x0080,
} as const;

/** GPUMapMode.READ. */
export const MAP_READ = 0x0001;

/** What an adapter says about itself (GPUAdapterInfo). */
export interface GpuAdapterInfo {
  readonly vendor: string;
  readonly architecture: string;
  readonly device: string;
  readonly description: string;
  readonly isFallbackAdapter?: boolean;
}

/** A GPU buffer. */
export interface GpuBuffer {
  mapAsync(mode: number): Promise<void>;
  getMappedRange(): ArrayBuffer;
  unmap(): void;
  destroy(): void;
}

/** A compiled compute pipeline. */
export interface GpuComputePipeline {
  getBindGroupLayout(index: number): unknown;
}

/** A compute pass being recorded. */
export interface GpuComputePass {
  setPipeline(pipeline: GpuComputePipeline): void;
  setBindGroup(index: number, group: unknown): void;
  dispatchWorkgroups(x: number, y?: number, z?: number): void;
  end(): void;
}

/** A command encoder. */
export interface GpuCommandEncoder {
  beginComputePass(): GpuComputePass;
  copyBufferToBuffer(
    from: GpuBuffer,
    fromOffset: number,
    to: GpuBuffer,
    toOffset: number,
    size: number,
  ): void;
  finish(): unknown;
}

/** The device queue. */
export interface GpuQueue {
  writeBuffer(buffer: GpuBuffer, offset: number, data: ArrayBufferView | ArrayBuffer): void;
  submit(commands: readonly unknown[]): void;
  onSubmittedWorkDone(): Promise<void>;
}

/** A shader compilation message. */
export interface GpuCompilationMessage {
  readonly type: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly lineNum: number;
}

/** A shader module. */
export interface GpuShaderModule {
  getCompilationInfo(): Promise<{ readonly messages: readonly GpuCompilationMessage[] }>;
}

/** A logical device. */
export interface GpuDevice {
  readonly queue: GpuQueue;
  readonly lost: Promise<{ readonly reason: string; readonly message: string }>;
  readonly limits: {
    readonly maxComputeWorkgroupsPerDimension: number;
    readonly maxStorageBufferBindingSize: number;
  };
  createBuffer(descriptor: { size: number; usage: number; mappedAtCreation?: boolean }): GpuBuffer;
  createShaderModule(descriptor: { code: string }): GpuShaderModule;
  createComputePipelineAsync(descriptor: {
    layout: 'auto';
    compute: { module: GpuShaderModule; entryPoint: string };
  }): Promise<GpuComputePipeline>;
  createBindGroup(descriptor: {
    layout: unknown;
    entries: readonly { binding: number; resource: { buffer: GpuBuffer } }[];
  }): unknown;
  createCommandEncoder(): GpuCommandEncoder;
  pushErrorScope(filter: 'validation' | 'out-of-memory' | 'internal'): void;
  popErrorScope(): Promise<{ readonly message: string } | null>;
  destroy(): void;
}

/** An adapter. `info` is the current spec; older Chromium had `requestAdapterInfo()` instead. */
export interface GpuAdapter {
  readonly info?: GpuAdapterInfo;
  readonly isFallbackAdapter?: boolean;
  requestAdapterInfo?(): Promise<GpuAdapterInfo>;
  requestDevice(): Promise<GpuDevice>;
}

/** `navigator.gpu`. */
export interface Gpu {
  requestAdapter(options?: {
    powerPreference?: 'high-performance' | 'low-power';
  }): Promise<GpuAdapter | null>;
}

/** `navigator.gpu` in a window or a worker, or null where the browser has no WebGPU. */
export function navigatorGpu(scope: { readonly navigator?: unknown } = globalThis): Gpu | null {
  const gpu = (scope.navigator as { gpu?: Gpu } | undefined)?.gpu;
  return gpu ?? null;
}

/** The adapter's info: `adapter.info` where the browser has it, else the older `requestAdapterInfo()`. */
export async function readAdapterInfo(adapter: GpuAdapter): Promise<GpuAdapterInfo | undefined> {
  if (adapter.info) return adapter.info;
  return adapter.requestAdapterInfo?.();
}
