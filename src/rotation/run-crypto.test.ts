import { decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { base64urlToBytes } from '@/encoding/base64';
import { tokenOutcome, type KeyRefusal, type Outcome } from './outcome';
import { playScenario } from './play-scenario';
import { formatJwks, listSecrets } from './real-keys';
import {
  expectedVerdict,
  runCrypto,
  verifyWithKeySet,
  type CryptoRun,
  type CryptoVerdict,
} from './run-crypto';
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

describe('expectedVerdict', () => {
  // The mapping from the page's outcome to jose's verdict, stated in full. jose finds the key and
  // checks the signature before it reads exp, so an expired token whose key is gone (or whose
  // signature is foreign) gets the key's (or the signature's) verdict from jose; the page still
  // shows `expired`, the class its holder sees (PRODUCT.md: "a token past its exp is expired").
  it.each<[Outcome, KeyRefusal | undefined, CryptoVerdict]>([
    ['accepted', undefined, 'accepted'],
    ['expired', undefined, 'expired'],
    ['expired', 'retired', 'no-matching-key'],
    ['expired', 'unknown-kid', 'no-matching-key'],
    ['expired', 'invalid', 'signature-invalid'],
    ['retired', undefined, 'no-matching-key'],
    ['unknown-kid', undefined, 'no-matching-key'],
    ['invalid', undefined, 'signature-invalid'],
  ])('%s (also refused for %s) is %s to jose', (outcome, alsoRefusedFor, verdict) => {
    expect(expectedVerdict({ outcome, ...(alsoRefusedFor ? { alsoRefusedFor } : {}) })).toBe(verdict);
  });
});

describe('runCrypto', () => {
  it.each(SCENARIOS.map((s, index) => [s.id, index] as const))(
    '%s: jose agrees with tokenOutcome (through expectedVerdict) for every token at every interesting moment',
    async (_id, index) => {
      const world = play(index);
      let run: CryptoRun | undefined;
      for (const now of interestingTimes(world, index)) {
        run = await runCrypto(world, now, run);
        for (const token of world.tokens.filter((t) => t.issuedAt <= now)) {
          const outcome = tokenOutcome(world, token, now);
          const check = run.checks.get(token.id)!;
          expect([token.id, now - START, outcome.outcome, check.verdict]).toEqual([
            token.id,
            now - START,
            now >= token.expiresAt ? 'expired' : outcome.outcome,
            expectedVerdict(outcome),
          ]);
        }
      }
    },
  );

  it('overlap: jose refuses the expired k1 tokens for their key once k1 leaves the JWKS; the page says expired', async () => {
    const world = play(0);
    const now = START + 1800;
    const run = await runCrypto(world, now);
    for (const id of ['t1', 't2', 't3']) {
      const token = world.tokens.find((t) => t.id === id)!;
      expect([
        id,
        tokenOutcome(world, token, now).outcome,
        tokenOutcome(world, token, now).alsoRefusedFor,
      ]).toEqual([id, 'expired', 'retired']);
      expect([id, run.checks.get(id)?.verdict]).toEqual([id, 'no-matching-key']);
    }
  });

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
    const hs = await runCrypto(play(2), START + 1000);
    expect(listSecrets(hs.keySet).map(({ kid, secret }) => [kid, base64urlToBytes(secret)?.length])).toEqual([
      ['k2', 32],
    ]);
  });
});

describe('verifyWithKeySet', () => {
  it('refuses an HS256 token whose signature was changed', async () => {
    const world = play(2);
    const run = await runCrypto(world, START + 100);
    const jwt = run.jwts.get('t1')!;
    const last = jwt.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${jwt.slice(0, -2)}${last}${jwt.at(-1)}`;
    expect((await verifyWithKeySet(tampered, run.keySet, START + 100)).verdict).toBe('signature-invalid');
  });
});
