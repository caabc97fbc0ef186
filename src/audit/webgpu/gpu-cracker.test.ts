import { describe, expect, it } from 'vitest';
import type { Gpu, GpuBuffer, GpuDevice } from './gpu-api';
import { createGpuCracker, dispatchGrid, GpuFailure, type GpuCrackerSetup } from './gpu-cracker';

const SETUP: GpuCrackerSetup = {
  alg: 'HS256',
  message: new TextEncoder().encode('a.b'),
  signature: new Uint8Array(32),
  mode: 'brute',
  alphabet: new TextEncoder().encode('abc'),
};

interface FakeOptions {
  readonly pipeline?: () => Promise<never>;
  readonly compilationInfo?: () => Promise<{
    messages: { type: 'error'; message: string; lineNum: number }[];
  }>;
  readonly answer?: number;
  readonly mapFails?: boolean;
  readonly lost?: Promise<{ reason: string; message: string }>;
}

/** A WebGPU device that records writes and answers every batch with `answer`. */
function fakeGpu(options: FakeOptions = {}): { gpu: Gpu; writes: unknown[][] } {
  const writes: unknown[][] = [];
  const buffer = (): GpuBuffer => ({
    mapAsync: () => (options.mapFails ? Promise.reject(new Error('device lost')) : Promise.resolve()),
    getMappedRange: () => Uint32Array.of(options.answer ?? 0xffffffff).buffer,
    unmap: () => {},
    destroy: () => {},
  });
  const device: GpuDevice = {
    queue: {
      writeBuffer: (...args) => void writes.push(args),
      submit: () => {},
      onSubmittedWorkDone: () => Promise.resolve(),
    },
    lost: options.lost ?? new Promise(() => {}),
    limits: { maxComputeWorkgroupsPerDimension: 65535, maxStorageBufferBindingSize: 1 << 27 },
    createBuffer: buffer,
    createShaderModule: () => ({
      getCompilationInfo: options.compilationInfo ?? (async () => ({ messages: [] })),
    }),
    createComputePipelineAsync: async () => {
      await options.pipeline?.();
      return { getBindGroupLayout: () => ({}) };
    },
    createBindGroup: () => ({}),
    createCommandEncoder: () => ({
      beginComputePass: () => ({ setPipeline() {}, setBindGroup() {}, dispatchWorkgroups() {}, end() {} }),
      copyBufferToBuffer: () => {},
      finish: () => ({}),
    }),
    pushErrorScope: () => {},
    popErrorScope: async () => null,
    destroy: () => {},
  };
  return { gpu: { requestAdapter: async () => ({ requestDevice: async () => device }) }, writes };
}

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(GpuFailure);
  return error as GpuFailure;
};

describe('createGpuCracker', () => {
  it('says gpu-unavailable when there is no adapter', async () => {
    const error = await failure(createGpuCracker({ requestAdapter: async () => null }, SETUP));
    expect(error.code).toBe('gpu-unavailable');
  });

  it.each([
    [
      'the compiler messages',
      async () => ({ messages: [{ type: 'error' as const, message: 'bad', lineNum: 3 }] }),
      'line 3: bad',
    ],
    // A crashed GPU process drops the instance: even asking why fails. That must still be a GPU failure.
    ['a dropped instance', () => Promise.reject(new Error('Instance dropped')), 'pipeline failed'],
  ])('says gpu-unavailable with %s when the pipeline fails', async (_name, compilationInfo, text) => {
    const { gpu } = fakeGpu({
      pipeline: () => Promise.reject(new Error('pipeline failed')),
      compilationInfo,
    });
    const error = await failure(createGpuCracker(gpu, SETUP));
    expect(error.code).toBe('gpu-unavailable');
    expect(error.message).toContain('did not compile');
    expect(error.message).toContain(text);
  });

  it.each([
    [0xffffffff, -1],
    [0, 0],
    [4095, 4095],
  ])('reads result %i as hit %i', async (answer, hit) => {
    const { gpu, writes } = fakeGpu({ answer });
    const cracker = await createGpuCracker(gpu, SETUP);
    expect(await cracker.run({ count: 4096, length: 2, digits: [1, 2] })).toBe(hit);
    const params = writes
      .map(([, , data]) => data)
      .find((data) => data instanceof Uint32Array && data.length === 20);
    expect([...(params as Uint32Array).subarray(0, 6)]).toEqual([4096, 2, 3, 1, 1, 2]);
  });

  it('says gpu-lost when the result never comes back, or the device is gone', async () => {
    const mapFails = fakeGpu({ mapFails: true });
    const cracker = await createGpuCracker(mapFails.gpu, SETUP);
    expect((await failure(cracker.run({ count: 1, length: 1, digits: [0] }))).code).toBe('gpu-lost');
    const lost = fakeGpu({ lost: Promise.resolve({ reason: 'unknown', message: 'reset' }) });
    const other = await createGpuCracker(lost.gpu, SETUP);
    await Promise.resolve();
    const error = await failure(other.run({ count: 1, length: 1, digits: [0] }));
    expect(error).toMatchObject({ code: 'gpu-lost', message: 'the GPU device was lost: reset' });
  });

  it('refuses a batch larger than it can dispatch', async () => {
    const cracker = await createGpuCracker(fakeGpu().gpu, SETUP);
    await expect(cracker.run({ count: cracker.maxBatch + 1, length: 1, digits: [0] })).rejects.toThrow(
      RangeError,
    );
  });
});

describe('dispatchGrid', () => {
  it.each([
    [1, 65535, [1, 1]],
    [64, 65535, [1, 1]],
    [65, 65535, [2, 1]],
    [65535 * 64, 65535, [65535, 1]],
    [65535 * 64 + 1, 65535, [65535, 2]],
    [1 << 28, 65535, [65535, 65]],
    [1000, 4, [4, 4]],
  ] as const)('%i threads with %i workgroups per dimension → %j, covering them all', (count, limit, grid) => {
    const [columns, rows] = dispatchGrid(count, limit);
    expect([columns, rows]).toEqual(grid);
    expect(columns).toBeLessThanOrEqual(limit);
    expect(columns * rows * 64).toBeGreaterThanOrEqual(count);
    expect(columns * (rows - 1) * 64).toBeLessThan(count);
  });
});
