import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signHmacCompact } from '@/jwt/sign-hmac';
import type { AuditEvent } from './audit-protocol';
import type { AuditProgress } from './audit-progress';
import { startAudit, type AuditPort, type AuditSource } from './audit-runner';
import { createAuditCommandHandler } from './audit-worker-loop';
import { createBruteForceSpace } from './brute-force-space';
import { parseCrackTarget, type CrackTarget } from './crack-target';
import { parseSecretList } from './secret-list';
import type { HmacAlgorithm } from './sha2-cores';

const KNOWN = [
  ...parseSecretList(readFileSync(new URL('../../data/jwt.secrets.list', import.meta.url), 'utf8')),
];

/** The worker's own loop, in process: messages hop through the task queue as they would between threads. */
function spawnInProcess(): AuditPort {
  let alive = true;
  let listener: (event: AuditEvent) => void = () => {};
  const handle = createAuditCommandHandler({
    post: (event) => setTimeout(() => alive && listener(event)),
    defer: (next) => setTimeout(() => alive && next()),
    now: () => performance.now(),
  });
  return {
    send: (command) => setTimeout(() => alive && handle(command)),
    listen: (handler) => (listener = handler),
    terminate: () => (alive = false),
  };
}

async function targetFor(alg: HmacAlgorithm, secret: string): Promise<CrackTarget> {
  const token = await signHmacCompact(
    alg,
    `{"alg":"${alg}","typ":"JWT"}`,
    '{"sub":"audit"}',
    new TextEncoder().encode(secret),
  );
  const target = parseCrackTarget(token);
  if (!target.ok) throw new Error(target.error.message);
  return target.value;
}

function brute(alphabet: string, min: number, max: number): AuditSource {
  const space = createBruteForceSpace(alphabet, min, max);
  if (!space.ok) throw new Error(space.error.message);
  return { kind: 'brute', space: space.value };
}

const run = (target: CrackTarget, source: AuditSource, onProgress?: (p: AuditProgress) => void) =>
  startAudit(target, source, { workers: 2, spawn: spawnInProcess, now: () => performance.now(), onProgress })
    .outcome;

describe('startAudit', () => {
  it.each(['HS256', 'HS384', 'HS512'] as const)(
    'finds "secret" in the known-secret list (%s)',
    async (alg) => {
      const outcome = await run(await targetFor(alg, 'secret'), { kind: 'list', candidates: KNOWN });
      expect(outcome).toMatchObject({ kind: 'found', secretText: 'secret', total: 103_781 });
      expect(outcome.tried).toBeGreaterThan(0);
    },
  );

  it.each(['HS256', 'HS512'] as const)('brute-forces a 3-character secret (%s)', async (alg) => {
    const outcome = await run(
      await targetFor(alg, 'k9z'),
      brute('abcdefghijklmnopqrstuvwxyz0123456789', 1, 3),
    );
    expect(outcome).toMatchObject({ kind: 'found', secretText: 'k9z', total: 36 + 36 ** 2 + 36 ** 3 });
  });

  it('finds a wordlist secret longer than the hash block (hashed first, RFC 2104)', async () => {
    const long = 'x'.repeat(150);
    const outcome = await run(await targetFor('HS256', long), { kind: 'list', candidates: ['a', long, 'b'] });
    expect(outcome).toMatchObject({ kind: 'found', secretText: long });
  });

  it('reports a miss as exhausted, every candidate covered, with progress summing to the total', async () => {
    const seen: AuditProgress[] = [];
    const outcome = await run(await targetFor('HS256', 'not-in-space'), brute('abc', 1, 6), (p) =>
      seen.push(p),
    );
    expect(outcome).toMatchObject({ kind: 'exhausted', tried: 1092, total: 1092 });
    expect(seen.at(-1)).toMatchObject({ tried: 1092, total: 1092 });
  });

  it('reports an empty list as exhausted at once', async () => {
    const outcome = await run(await targetFor('HS256', 'x'), { kind: 'list', candidates: [] });
    expect(outcome).toMatchObject({ kind: 'exhausted', tried: 0, total: 0 });
  });

  it('divides by the time spent hashing, not by wall time with worker start-up', async () => {
    let clock = 0;
    // Each fake worker takes 400 ms of wall time to start, then hashes its shard in 10 ms.
    const spawn = (): AuditPort => {
      let listener: (event: AuditEvent) => void = () => {};
      return {
        send: (command) => {
          if (command.type !== 'start' || command.shard.kind !== 'brute') return;
          const tried = command.shard.end - command.shard.start;
          setTimeout(() => {
            clock += 400;
            listener({ type: 'exhausted', tried, hashingMs: 10 });
          });
        },
        listen: (handler) => (listener = handler),
        terminate: () => {},
      };
    };
    const outcome = await startAudit(await targetFor('HS256', 'zz'), brute('abc', 1, 6), {
      workers: 2,
      spawn,
      now: () => clock,
    }).outcome;
    expect(outcome).toMatchObject({
      kind: 'exhausted',
      tried: 1092,
      percent: 100,
      elapsedMs: 800,
      hashingMs: 10,
      perSecond: 109_200, // 546 per worker in 10 ms, two workers side by side; not 1092 / 0.8 s
      etaMs: 0,
    });
  });

  it('reports a find as of the hit, not of the moment the main thread confirmed it', async () => {
    let clock = 0;
    const secret = new TextEncoder().encode('abc');
    const ports: ((event: AuditEvent) => void)[] = [];
    const spawn = (): AuditPort => {
      const index = ports.length;
      ports.push(() => {});
      return {
        send: () => {},
        listen: (handler) => (ports[index] = handler),
        terminate: () => {},
      };
    };
    const audit = startAudit(await targetFor('HS256', 'abc'), brute('abc', 1, 6), {
      workers: 2,
      spawn,
      now: () => clock,
    });
    clock = 300;
    ports[0]?.({ type: 'hit', tried: 39, hashingMs: 0.1, candidate: secret });
    // While WebCrypto confirms the hit, the other worker carries on and time passes.
    clock = 900;
    ports[1]?.({ type: 'progress', tried: 500, hashingMs: 40 });
    expect(await audit.outcome).toMatchObject({
      kind: 'found',
      secretText: 'abc',
      tried: 39,
      elapsedMs: 300,
    });
  });

  it('stops on cancel and says how far it got', async () => {
    const target = await targetFor('HS256', 'zzzzzzzz');
    const audit = startAudit(target, brute('abcdefghijklmnopqrstuvwxyz', 6, 6), {
      workers: 2,
      spawn: spawnInProcess,
      now: () => performance.now(),
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    audit.cancel();
    const outcome = await audit.outcome;
    expect(outcome.kind).toBe('cancelled');
    expect(outcome.tried).toBeLessThan(outcome.total);
  });
});
