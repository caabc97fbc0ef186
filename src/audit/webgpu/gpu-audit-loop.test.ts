import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AuditCommand, AuditEvent, CandidateShard } from '../audit-protocol';
import { createBruteForceSpace } from '../brute-force-space';
import { packCandidates } from '../candidate-list';
import { createShardCursor } from '../crack-shard';
import { createHmacKernel } from '../hmac-kernel';
import { SHA2_CORES, type HmacAlgorithm } from '../sha2-cores';
import { addToDigits } from './brute-batches';
import type { Gpu } from './gpu-api';
import { GpuFailure, type GpuCracker, type GpuCrackerSetup } from './gpu-cracker';
import { createGpuAuditHandler } from './gpu-audit-loop';

const MESSAGE = new TextEncoder().encode('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJncHUtbG9vcCJ9');
const HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;
const FAKE_GPU = {} as Gpu;

/**
 * The shader's contract in JavaScript: thread j of a batch builds its key block (brute force: the batch's
 * digits plus j; lists: the uploaded block), and the batch answers the lowest matching j. Small batches
 * make the loop cross lengths and shard ends many times.
 */
function emulatedCracker(setup: GpuCrackerSetup, maxBatch = 50): GpuCracker {
  const core = SHA2_CORES[setup.alg];
  const kernel = createHmacKernel(core, setup.message, setup.signature);
  const blockWords = core.blockBytes / 4;
  return {
    maxBatch,
    run: async ({ count, length, digits, keys }) => {
      expect(count).toBeLessThanOrEqual(maxBatch);
      for (let j = 0; j < count; j++) {
        kernel.key.fill(0);
        if (keys) {
          for (let w = 0; w < blockWords; w++) {
            new DataView(kernel.key.buffer).setUint32(w * 4, keys[j * blockWords + w] ?? 0);
          }
        } else {
          const positions = addToDigits(digits, length, setup.alphabet.length, j);
          positions.forEach((digit, i) => (kernel.key[i] = setup.alphabet[digit] ?? 0));
        }
        if (kernel.matches()) return j;
      }
      return -1;
    },
    destroy: () => {},
  };
}

function startCommand(alg: HmacAlgorithm, secret: string, shard: CandidateShard): AuditCommand {
  const signature = new Uint8Array(createHmac(HASH[alg], secret).update(MESSAGE).digest());
  return { type: 'start', alg, message: MESSAGE, signature, shard };
}

/** Runs one command to its last event (or `after` events have been seen). */
function run(command: AuditCommand, options: Partial<Parameters<typeof createGpuAuditHandler>[0]> = {}) {
  const events: AuditEvent[] = [];
  return new Promise<AuditEvent[]>((resolve) => {
    const handle = createGpuAuditHandler({
      gpu: FAKE_GPU,
      now: () => performance.now(),
      createCracker: async (_gpu, setup) => emulatedCracker(setup),
      ...options,
      post: (event) => {
        events.push(event);
        if (event.type !== 'progress') resolve(events);
      },
    });
    handle(command);
  });
}

const space = (() => {
  const result = createBruteForceSpace('ab9', 1, 4);
  if (!result.ok) throw new Error('space');
  return result.value;
})();
const brute = (start = 0, end = space.size): CandidateShard => ({ kind: 'brute', ...space, start, end });
const list = (words: string[]): CandidateShard => ({ kind: 'list', list: packCandidates(words) });
const WORDS = ['hunter2', 'é€', 'z'.repeat(140), 'x'.repeat(64), 'secret', 'secret'];

describe('createGpuAuditHandler', () => {
  const CASES = (['HS256', 'HS384', 'HS512'] as const).flatMap((alg) => [
    [alg, 'brute, found', 'b9a', brute()] as const,
    [alg, 'brute, a shard from the middle', '9a', brute(5, 70)] as const,
    [alg, 'brute, not found', 'nope', brute()] as const,
    [alg, 'list, found (first of two)', 'secret', list(WORDS)] as const,
    [alg, 'list, over-long word found', 'z'.repeat(140), list(WORDS)] as const,
    [alg, 'list, not found', 'nope', list(WORDS)] as const,
  ]);
  it.each(CASES)(
    '%s %s: the same hit and count as the CPU shard cursor',
    async (alg, _name, secret, shard) => {
      const command = startCommand(alg, secret, shard);
      if (command.type !== 'start') throw new Error('start');
      const cpu = createShardCursor(command, shard, { simd: false });
      const cpuHit = cpu.step(1e9);
      const last = (await run(command)).at(-1);
      if (cpuHit) {
        expect(last).toMatchObject({ type: 'hit', tried: cpu.tried, candidate: cpuHit });
      } else {
        expect(last).toMatchObject({ type: 'exhausted', tried: cpu.total });
      }
    },
  );

  it('stops at a cancel between batches', async () => {
    const events: AuditEvent[] = [];
    let handle: (command: AuditCommand) => void = () => {};
    const done = new Promise<void>((resolve) => {
      handle = createGpuAuditHandler({
        gpu: FAKE_GPU,
        now: () => performance.now(),
        createCracker: async (_gpu, setup) => emulatedCracker(setup, 3),
        post: (event) => {
          events.push(event);
          if (event.type !== 'progress') resolve();
        },
      });
    });
    handle(startCommand('HS256', 'nope', brute()));
    handle({ type: 'cancel' });
    await done;
    expect(events.at(-1)).toMatchObject({ type: 'cancelled' });
    expect((events.at(-1) as { tried: number }).tried).toBeLessThan(space.size);
  });

  it('says gpu-unavailable without navigator.gpu', async () => {
    const events = await run(startCommand('HS256', 'x', brute()), { gpu: null });
    expect(events).toEqual([
      { type: 'error', code: 'gpu-unavailable', message: expect.stringContaining('WebGPU') },
    ]);
  });

  it('passes a lost device on as gpu-lost', async () => {
    const events = await run(startCommand('HS512', 'x', brute()), {
      createCracker: async () => ({
        maxBatch: 64,
        run: () => Promise.reject(new GpuFailure('gpu-lost', 'the GPU device was lost: reset')),
        destroy: () => {},
      }),
    });
    expect(events).toEqual([{ type: 'error', code: 'gpu-lost', message: 'the GPU device was lost: reset' }]);
  });

  it('reports a hit the CPU kernel rejects as a bug (no code: no silent fallback)', async () => {
    const events = await run(startCommand('HS256', 'x', brute()), {
      createCracker: async () => ({ maxBatch: 64, run: async () => 2, destroy: () => {} }),
    });
    expect(events).toEqual([
      { type: 'error', message: 'the GPU reported a candidate that the CPU kernel rejects' },
    ]);
  });
});
