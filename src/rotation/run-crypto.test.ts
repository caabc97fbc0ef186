import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { base64urlToBytes } from '@/encoding/base64';
import { tokenOutcome } from './outcome';
import { playScenario } from './play-scenario';
import { formatJwks, listSecrets } from './real-keys';
import { expectedVerdict, runCrypto, verifyWithKeySet, type CryptoRun } from './run-crypto';
import { SCENARIOS } from './scenarios';
import type { World } from './world';

const START = 1_750_000_000;

function play(index: number): World {
  const result = playScenario(SCENARIOS[index]!, START);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Every checkpoint, each token's expiry and the second before, and the moments keys change. */
function interestingTimes(world: World, index: number): number[] {
  const times = new Set(SCENARIOS[index]!.checkpoints.map((c) => START + c.atS));
  for (const t of world.tokens) [t.issuedAt, t.expiresAt - 1, t.expiresAt].forEach((at) => times.add(at));
  for (const k of world.keys)
    for (const at of [k.publishedAt, k.retiredAt]) if (at) [at - 1, at].forEach((x) => times.add(x));
  times.add(START + world.verifier.jwksCacheTtlS);
  return [...times].filter((at) => at >= START).sort((a, b) => a - b);
}

describe('runCrypto', () => {
  it.each(SCENARIOS.map((s, index) => [s.id, index] as const))(
    '%s: jose agrees with tokenOutcome for every token at every interesting moment',
    async (_id, index) => {
      const world = play(index);
      let run: CryptoRun | undefined;
      for (const now of interestingTimes(world, index)) {
        run = await runCrypto(world, now, run);
        for (const token of world.tokens.filter((t) => t.issuedAt <= now)) {
          const outcome = tokenOutcome(world, token, now).outcome;
          const check = run.checks.get(token.id)!;
          expect([token.id, now - START, outcome, check.verdict]).toEqual([
            token.id,
            now - START,
            outcome,
            expectedVerdict(outcome),
          ]);
        }
      }
    },
  );

  it('signs real compact JWTs with the kid and alg of their key, and re-signs nothing on a later run', async () => {
    const world = play(0);
    const first = await runCrypto(world, START);
    const later = await runCrypto(world, START + 1000, first);
    for (const token of world.tokens) {
      const jwt = first.jwts.get(token.id)!;
      expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'ES256', kid: token.kid, typ: 'JWT' });
      expect(later.jwts.get(token.id)).toBe(jwt);
    }
  });

  it('publishes a real public JWKS and 32-byte secrets', async () => {
    const es = await runCrypto(play(0), START + 1000);
    const jwks = JSON.parse(formatJwks(es.keySet)) as { keys: Record<string, unknown>[] };
    expect(jwks.keys.map((k) => [k.kid, k.kty, k.crv, k.alg, k.use, 'd' in k])).toEqual([
      ['k1', 'EC', 'P-256', 'ES256', 'sig', false],
      ['k2', 'EC', 'P-256', 'ES256', 'sig', false],
    ]);
    const hs = await runCrypto(play(1), START + 1000);
    expect(listSecrets(hs.keySet).map(({ kid, secret }) => [kid, base64urlToBytes(secret)?.length])).toEqual([
      ['k2', 32],
    ]);
  });
});

describe('verifyWithKeySet', () => {
  it('refuses an HS256 token whose signature was changed', async () => {
    const world = play(1);
    const run = await runCrypto(world, START + 100);
    const jwt = run.jwts.get('t1')!;
    const last = jwt.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${jwt.slice(0, -2)}${last}${jwt.at(-1)}`;
    expect((await verifyWithKeySet(tampered, run.keySet, START + 100)).verdict).toBe('signature-invalid');
  });
});
