import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '@/audit/audit-protocol';
import type { AuditPort } from '@/audit/audit-runner';
import { createAuditCommandHandler } from '@/audit/audit-worker-loop';
import { signHmacCompact } from '@/jwt/sign-hmac';
import { crackSecret, type CrackDeps } from './crack-secret';

/** The worker's own loop, in process; `spawned` counts the workers started. */
function inProcess(list: () => Promise<ReadonlySet<string>>) {
  let spawned = 0;
  const spawn = (): AuditPort => {
    spawned += 1;
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
  };
  const deps: CrackDeps = { spawn, workers: 2, loadList: list, now: () => performance.now() };
  return { deps, spawned: () => spawned };
}

const sign = (alg: 'HS256' | 'HS384' | 'HS512', secret: string) =>
  signHmacCompact(alg, `{"alg":"${alg}","typ":"JWT"}`, '{"sub":"alice"}', new TextEncoder().encode(secret));

const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);

describe('crackSecret', () => {
  it.each([
    [
      'a well-known default, list unavailable',
      'HS256',
      'your-256-bit-secret',
      () => Promise.reject(new Error('404')),
    ],
    ['a well-known default (HS512)', 'HS512', 'secret', () => Promise.resolve(new Set<string>())],
    [
      'a word only the published list has',
      'HS384',
      'hunter2-list-only',
      () => Promise.resolve(new Set(['a', 'hunter2-list-only'])),
    ],
  ] as const)('finds %s', async (_name, alg, secret, list) => {
    const { deps } = inProcess(list);
    expect(text(await crackSecret(await sign(alg, secret), undefined, deps))).toBe(secret);
  });

  it('returns null when no candidate signs the token', async () => {
    const { deps } = inProcess(() => Promise.resolve(new Set(['x', 'y'])));
    expect(
      await crackSecret(await sign('HS256', 'a strong secret nobody published'), undefined, deps),
    ).toBeNull();
  });

  it.each([
    ['an RS256 header', 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln'],
    ['alg none', 'eyJhbGciOiJub25lIn0.e30.'],
    ['not a token', 'hello'],
  ])('returns null for %s without starting a worker', async (_name, token) => {
    const run = inProcess(() => Promise.resolve(new Set<string>()));
    expect(await crackSecret(token, undefined, run.deps)).toBeNull();
    expect(run.spawned()).toBe(0);
  });

  it('returns null without starting a worker when the signal has already aborted', async () => {
    const run = inProcess(() => Promise.resolve(new Set<string>()));
    const controller = new AbortController();
    controller.abort();
    expect(await crackSecret(await sign('HS256', 'secret'), controller.signal, run.deps)).toBeNull();
    expect(run.spawned()).toBe(0);
  });

  it('stops the workers and returns null when the signal aborts mid-run', async () => {
    // The secret is the last word: only a run that stopped early misses it.
    const words = new Set(Array.from({ length: 200_000 }, (_, i) => `word-${i}`));
    const run = inProcess(() => Promise.resolve(words));
    const controller = new AbortController();
    const cracking = crackSecret(await sign('HS256', 'word-199999'), controller.signal, run.deps);
    setTimeout(() => controller.abort(), 5);
    expect(await cracking).toBeNull();
    expect(run.spawned()).toBe(2);
  });
});
