import { describe, expect, it } from 'vitest';
import { decideEngine, describeAdapter, describeEngine, type AdapterSummary } from './engine-choice';

const HARDWARE: AdapterSummary = { name: 'nvidia ampere', software: false };
const SOFTWARE: AdapterSummary = { name: 'SwiftShader', software: true };

describe('describeAdapter', () => {
  it.each([
    [{ vendor: 'google', architecture: 'swiftshader', device: '', description: '' }, false, SOFTWARE],
    [
      { vendor: '', architecture: '', device: '', description: 'SwiftShader Device (Subzero)' },
      false,
      SOFTWARE,
    ],
    [{ vendor: 'nvidia', architecture: 'ampere', device: '', description: '' }, false, HARDWARE],
    [
      { vendor: 'apple', architecture: 'metal-3', device: '', description: '', isFallbackAdapter: true },
      false,
      { name: 'apple metal-3', software: true },
    ],
    [
      { vendor: 'intel', architecture: '', device: '', description: '' },
      true,
      { name: 'intel', software: true },
    ],
    [
      { vendor: '', architecture: '', device: '', description: 'Mystery GPU' },
      false,
      { name: 'Mystery GPU', software: false },
    ],
    [undefined, false, { name: 'unnamed adapter', software: false }],
  ])('names %j (fallback %s) as %j', (info, fallback, expected) => {
    expect(describeAdapter(info, fallback)).toEqual(expected);
  });
});

describe('decideEngine', () => {
  it.each([
    ['cpu', HARDWARE, false, null],
    ['cpu', null, false, null],
    ['auto', HARDWARE, true, null],
    ['gpu', HARDWARE, true, null],
    ['gpu', SOFTWARE, true, null],
    ['auto', null, false, 'this browser offers no WebGPU adapter'],
    ['gpu', null, false, 'this browser offers no WebGPU adapter'],
    [
      'auto',
      SOFTWARE,
      false,
      /^the only WebGPU adapter is SwiftShader, a software adapter slower than the CPU workers/,
    ],
  ] as const)('%s with adapter %j: GPU %s, reason %s', (choice, adapter, gpu, reason) => {
    const decision = decideEngine(choice, adapter);
    expect(decision.gpu).toBe(gpu);
    if (reason instanceof RegExp) expect(decision.reason).toMatch(reason);
    else expect(decision.reason).toBe(reason);
  });
});

describe('describeEngine', () => {
  it.each([
    [{ kind: 'gpu', adapter: SOFTWARE }, 'WebGPU (SwiftShader, software adapter)'],
    [{ kind: 'gpu', adapter: HARDWARE }, 'WebGPU (nvidia ampere)'],
    [{ kind: 'cpu', workers: 2, simd: true, reason: null }, 'CPU: 2 workers, WebAssembly SIMD'],
    [{ kind: 'cpu', workers: 1, simd: false, reason: 'x' }, 'CPU: 1 worker, TypeScript kernel'],
  ] as const)('%j → %s', (engine, text) => {
    expect(describeEngine(engine)).toBe(text);
  });
});
