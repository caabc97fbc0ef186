// One audit's GPU state: the device, the compiled pipeline and its buffers, and `run`, which dispatches
// one batch and resolves with the lowest matching candidate of it (or -1) once the GPU has finished: the
// result travels back through a mapped buffer, so the time `run` takes is the batch's GPU round trip.
import type { AuditFailureCode } from '../audit-protocol';
import type { HmacAlgorithm } from '../sha2-cores';
import { BUFFER_USAGE as U, MAP_READ, type Gpu, type GpuBuffer, type GpuDevice } from './gpu-api';
import { packConstants, packParams, PARAMS_BYTES } from './gpu-layout';
import { buildHmacShader, WORKGROUP_SIZE, type CandidateMode } from './wgsl-hmac';

/** An error that says the CPU engine should take over (the audit itself is fine). */
export class GpuFailure extends Error {
  readonly code: AuditFailureCode;
  constructor(code: AuditFailureCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** What a cracker is built for. */
export interface GpuCrackerSetup {
  readonly alg: HmacAlgorithm;
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
  readonly mode: CandidateMode;
  /** The brute-force alphabet (empty for word lists). */
  readonly alphabet: Uint8Array;
}

/** A batch for `run`: brute force gives its first candidate's digits, a word list its key blocks. */
export interface GpuBatch {
  readonly count: number;
  readonly length: number;
  readonly digits: ArrayLike<number>;
  readonly keys?: Uint32Array;
}

/** A ready GPU cracker. */
export interface GpuCracker {
  /** Most candidates one `run` takes. */
  readonly maxBatch: number;
  run(batch: GpuBatch): Promise<number>;
  destroy(): void;
}

const NO_HIT = 0xffffffff;
/** Word lists upload one key block (64 or 128 bytes) per candidate: 2^16 of them is at most 8 MiB. */
const MAX_LIST_BATCH = 1 << 16;
/** Brute-force batches: large enough for a fast GPU to spend ~40 ms on one, far below 2^32 (u32 indices). */
const MAX_BRUTE_BATCH = 1 << 28;

/** Requests a device and compiles the shader; throws GpuFailure when the GPU cannot run it. */
export async function createGpuCracker(gpu: Gpu, setup: GpuCrackerSetup): Promise<GpuCracker> {
  const adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  if (!adapter) throw new GpuFailure('gpu-unavailable', 'the browser offers no WebGPU adapter');
  const device = await adapter.requestDevice();
  let lost: string | null = null;
  void device.lost.then((info) => (lost = info.message || info.reason || 'device lost'));
  const pipeline = await compile(device, buildHmacShader(setup.alg, setup.mode));
  const constants = packConstants(setup.alg, setup.message, setup.signature, setup.alphabet);
  const blockWords = setup.alg === 'HS256' ? 16 : 32;
  const perDimension = device.limits.maxComputeWorkgroupsPerDimension;
  const maxBatch = setup.mode === 'list' ? MAX_LIST_BATCH : MAX_BRUTE_BATCH;
  const buffer = (size: number, usage: number) => device.createBuffer({ size, usage });
  const params = buffer(PARAMS_BYTES, U.UNIFORM | U.COPY_DST);
  const consts = buffer(constants.words.byteLength, U.STORAGE | U.COPY_DST);
  const result = buffer(4, U.STORAGE | U.COPY_SRC | U.COPY_DST);
  const readback = buffer(4, U.MAP_READ | U.COPY_DST);
  const keys = setup.mode === 'list' ? buffer(MAX_LIST_BATCH * blockWords * 4, U.STORAGE | U.COPY_DST) : null;
  device.queue.writeBuffer(consts, 0, constants.words);
  const entries: { binding: number; resource: { buffer: GpuBuffer } }[] = [
    { binding: 0, resource: { buffer: params } },
    { binding: 1, resource: { buffer: consts } },
    { binding: 3, resource: { buffer: result } },
  ];
  if (keys) entries.push({ binding: 2, resource: { buffer: keys } });
  const bindGroup = device.createBindGroup({ layout: pipeline.getBindGroupLayout(0), entries });
  const noHit = Uint32Array.of(NO_HIT);

  return {
    maxBatch,
    async run({ count, length, digits, keys: keyWords }) {
      if (lost) throw new GpuFailure('gpu-lost', `the GPU device was lost: ${lost}`);
      if (count < 1 || count > maxBatch) throw new RangeError(`batch of ${count}`);
      const base = setup.alphabet.length;
      device.queue.writeBuffer(
        params,
        0,
        packParams({ count, length, base, blocks: constants.blocks, digits }),
      );
      device.queue.writeBuffer(result, 0, noHit);
      if (keys && keyWords) device.queue.writeBuffer(keys, 0, keyWords);
      const encoder = device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      pass.setPipeline(pipeline);
      pass.setBindGroup(0, bindGroup);
      pass.dispatchWorkgroups(...dispatchGrid(count, perDimension));
      pass.end();
      encoder.copyBufferToBuffer(result, 0, readback, 0, 4);
      device.queue.submit([encoder.finish()]);
      try {
        await readback.mapAsync(MAP_READ);
      } catch (error) {
        throw new GpuFailure('gpu-lost', `the GPU stopped answering: ${lost ?? String(error)}`);
      }
      const found = new Uint32Array(readback.getMappedRange())[0] ?? NO_HIT;
      readback.unmap();
      return found === NO_HIT ? -1 : found;
    },
    destroy: () => device.destroy(),
  };
}

/** Workgroups as columns × rows covering `count` threads, columns within the per-dimension limit. */
export function dispatchGrid(count: number, perDimension: number): [columns: number, rows: number] {
  const groups = Math.ceil(count / WORKGROUP_SIZE);
  const columns = Math.min(groups, perDimension);
  return [columns, Math.ceil(groups / columns)];
}

async function compile(device: GpuDevice, code: string) {
  device.pushErrorScope('validation');
  const module = device.createShaderModule({ code });
  try {
    const pipeline = await device.createComputePipelineAsync({
      layout: 'auto',
      compute: { module, entryPoint: 'main' },
    });
    const error = await device.popErrorScope();
    if (error) throw new Error(error.message);
    return pipeline;
  } catch (error) {
    // Asking why can fail too (a crashed GPU process drops the instance): any failure here is the GPU's.
    const messages = await module.getCompilationInfo().then(
      (info) => info.messages,
      () => [],
    );
    const errors = messages.filter((m) => m.type === 'error').map((m) => `line ${m.lineNum}: ${m.message}`);
    const reason =
      errors.length > 0 ? errors.join('; ') : error instanceof Error ? error.message : String(error);
    throw new GpuFailure('gpu-unavailable', `the WebGPU shader did not compile: ${reason}`);
  }
}
