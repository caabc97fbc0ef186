import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CandidateShard } from './audit-protocol';
import { candidateAt, createBruteForceSpace, indexOfCandidate } from './brute-force-space';
import { packCandidates } from './candidate-list';
import { createShardCursor, type ShardTarget } from './crack-shard';
import type { HmacAlgorithm } from './sha2-cores';

const MESSAGE = new TextEncoder().encode('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzaGFyZCIsIm4iOjQyfQ');
const HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' } as const;
const targetFor = (alg: HmacAlgorithm, secret: string | Uint8Array): ShardTarget => ({
  alg,
  message: MESSAGE,
  signature: new Uint8Array(createHmac(HASH[alg], secret).update(MESSAGE).digest()),
});
const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);
const space = (() => {
  const result = createBruteForceSpace('abc0123', 1, 5);
  if (!result.ok) throw new Error('space');
  return result.value;
})();
const bruteShard = (start: number, end: number): CandidateShard => ({ kind: 'brute', ...space, start, end });
const drain = (cursor: ReturnType<typeof createShardCursor>, budget = 97) => {
  for (;;) {
    const hit = cursor.step(budget);
    if (hit || cursor.tried === cursor.total) return hit;
  }
};
const ENGINES = [
  ['HS256', true, 'wasm-simd'],
  ['HS256', false, 'typescript'],
  ['HS384', true, 'wasm-simd'],
  ['HS384', false, 'typescript'],
  ['HS512', true, 'wasm-simd'],
  ['HS512', false, 'typescript'],
] as const;

describe('createShardCursor', () => {
  it.each(ENGINES)(
    '%s (simd %s → %s) finds a brute-force secret at its exact position',
    (alg, simd, engine) => {
      const secret = '0c3a2';
      const index = indexOfCandidate(space, new TextEncoder().encode(secret));
      const cursor = createShardCursor(targetFor(alg, secret), bruteShard(index - 1500, index + 900), {
        simd,
      });
      expect(cursor.engine).toBe(engine);
      expect(text(drain(cursor))).toBe(secret);
      expect(cursor.tried).toBe(1501);
    },
  );

  it.each(ENGINES)('%s (simd %s → %s) exhausts a shard that lacks the secret', (alg, simd) => {
    const secret = text(candidateAt(space, 4000));
    const cursor = createShardCursor(targetFor(alg, secret ?? ''), bruteShard(0, 3999), { simd });
    expect(drain(cursor)).toBeNull();
    expect(cursor.tried).toBe(3999);
  });

  it.each(ENGINES)(
    '%s (simd %s → %s) walks a word list of shrinking and over-long candidates',
    (alg, simd) => {
      const long = 'L'.repeat(300);
      const words = ['a-much-longer-candidate-than-the-rest', long, 'x', '', 'sec', 'secret', 'secre'];
      for (const secret of ['secret', long, 'x']) {
        const cursor = createShardCursor(
          targetFor(alg, secret),
          { kind: 'list', list: packCandidates(words) },
          { simd },
        );
        expect(text(drain(cursor, 3))).toBe(secret);
        expect(cursor.tried).toBe(words.indexOf(secret) + 1);
      }
    },
  );

  it.each(['HS256', 'HS384', 'HS512'] as const)(
    '%s confirms a SIMD first-word match in full and moves on when the rest differs',
    (alg) => {
      const signature = targetFor(alg, 'abc').signature.slice();
      signature[signature.length - 1]! ^= 1;
      const cursor = createShardCursor({ alg, message: MESSAGE, signature }, bruteShard(0, space.size));
      expect(cursor.engine).toBe('wasm-simd');
      expect(drain(cursor, 10_000)).toBeNull();
      expect(cursor.tried).toBe(space.size);
    },
  );
});

describe('createShardCursor agreement', () => {
  // The same batches through both kernels: every step's hit (or none) and count must be identical.
  const steps = (cursor: ReturnType<typeof createShardCursor>, budget: number) => {
    const seen: [string | null, number][] = [];
    for (;;) {
      const hit = cursor.step(budget);
      seen.push([text(hit), cursor.tried]);
      if (hit || cursor.tried === cursor.total) return seen;
    }
  };
  it.each(
    (['HS384', 'HS512'] as const).flatMap((alg) =>
      [0, 1, 2, 1023, 1024, 1025, 2999, -1].map((position) => [alg, position] as const),
    ),
  )('%s: SIMD and TypeScript agree on a secret at position %i (-1: absent)', (alg, position) => {
    const from = 700;
    const secret = position >= 0 ? text(candidateAt(space, from + position)) : 'not-in-space';
    const runOn = (simd: boolean) => {
      const cursor = createShardCursor(targetFor(alg, secret ?? ''), bruteShard(from, from + 3000), { simd });
      return [cursor.engine, steps(cursor, 777)] as const;
    };
    const [simdEngine, simdSteps] = runOn(true);
    const [scalarEngine, scalarSteps] = runOn(false);
    expect([simdEngine, scalarEngine]).toEqual(['wasm-simd', 'typescript']);
    expect(simdSteps).toEqual(scalarSteps);
    expect(simdSteps.at(-1)).toEqual(position >= 0 ? [secret, position + 1] : [null, 3000]);
  });
});
