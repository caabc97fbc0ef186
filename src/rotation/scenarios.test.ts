import { describe, expect, it } from 'vitest';
import { tokenOutcome, type Outcome } from './outcome';
import { playScenario, scenarioEvents } from './play-scenario';
import { keyMomentS, SCENARIOS, type Scenario, type ScenarioId } from './scenarios';
import type { World } from './world';

const START = 1_750_000_000;

function scenario(id: ScenarioId): Scenario {
  return SCENARIOS.find((candidate) => candidate.id === id)!;
}

function play(s: Scenario, untilS?: number): World {
  const result = playScenario(s, START, untilS);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The outcome of every token issued by `offsetS`, by id. */
function outcomesAt(world: World, offsetS: number): Record<string, Outcome> {
  const now = START + offsetS;
  const issued = world.tokens.filter((token) => token.issuedAt <= now);
  return Object.fromEntries(issued.map((token) => [token.id, tokenOutcome(world, token, now).outcome]));
}

/** Every 10 s of the scenario, plus each token's exact expiry and the second before it. */
function sampleTimes(world: World, s: Scenario): number[] {
  const times = new Set<number>();
  for (let at = 0; at <= s.durationS; at += 10) times.add(at);
  for (const token of world.tokens) for (const d of [-1, 0]) times.add(token.expiresAt - START + d);
  return [...times].sort((a, b) => a - b);
}

const CHECKPOINTS = SCENARIOS.flatMap((s) => s.checkpoints.map((c) => [s.id, c.atS, c.label, c] as const));

describe('SCENARIOS', () => {
  it.each(CHECKPOINTS)(
    '%s at +%is (%s): every token has its expected outcome',
    (id, atS, _label, checkpoint) => {
      const s = scenario(id);
      expect(outcomesAt(play(s), atS)).toEqual(checkpoint.expect);
      // The world played only up to the checkpoint agrees with the full history.
      expect(outcomesAt(play(s, atS), atS)).toEqual(checkpoint.expect);
    },
  );

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s plays without a refused step', (_id, s) => {
    const world = play(s);
    expect(world.nowS).toBe(START + s.durationS);
    expect(world.log.length).toBeGreaterThan(0);
    expect(s.lesson.length).toBeGreaterThan(40);
    expect(scenarioEvents(s).filter((event) => event.type !== 'advanceClock')).toHaveLength(s.script.length);
  });

  it('overlap: every token is accepted or expired at every moment, accepted until its exp', () => {
    const s = scenario('overlap');
    const world = play(s);
    for (const at of sampleTimes(world, s)) {
      const now = START + at;
      for (const token of world.tokens.filter((t) => t.issuedAt <= now)) {
        const expected = now < token.expiresAt ? 'accepted' : 'expired';
        expect([token.id, at, tokenOutcome(world, token, now).outcome]).toEqual([token.id, at, expected]);
      }
    }
  });

  it('no-overlap: the new kid is unknown until the next JWKS fetch, which refuses every live k1 token', () => {
    const world = play(scenario('no-overlap'));
    const outcome = (id: string, at: number) =>
      tokenOutcome(
        world,
        world.tokens.find((t) => t.id === id)!,
        START + at,
      ).outcome;
    expect(['t1', 't2', 't3'].map((id) => outcome(id, 899))).toEqual(['accepted', 'accepted', 'accepted']);
    expect([outcome('t4', 700), outcome('t4', 899), outcome('t4', 900)]).toEqual([
      'unknown-kid',
      'unknown-kid',
      'accepted',
    ]);
    // t1 expires at the very moment of the fetch: expired, not retired; t2 and t3 are still live.
    expect(['t1', 't2', 't3'].map((id) => outcome(id, 900))).toEqual(['expired', 'retired', 'retired']);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s: a token past its exp is expired, whatever else is true',
    (_id, s) => {
      const world = play(s);
      for (const at of sampleTimes(world, s)) {
        const now = START + at;
        for (const token of world.tokens.filter((t) => t.expiresAt <= now)) {
          expect([token.id, at, tokenOutcome(world, token, now).outcome]).toEqual([token.id, at, 'expired']);
        }
      }
    },
  );

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s has exactly one key moment, a checkpoint',
    (_id, s) => {
      const marked = s.checkpoints.filter((checkpoint) => checkpoint.keyMoment);
      expect(marked).toHaveLength(1);
      expect(keyMomentS(s)).toBe(marked[0]!.atS);
      expect(keyMomentS(s)).toBeLessThanOrEqual(s.durationS);
    },
  );

  it('both overlap scenarios use the same algorithm and the same verifier', () => {
    const kinds = (s: Scenario) =>
      new Set(s.script.flatMap(([, event]) => (event.type === 'generateKey' ? [event.kind] : [])));
    const [withOverlap, without] = [scenario('overlap'), scenario('no-overlap')];
    expect(kinds(withOverlap)).toEqual(new Set([withOverlap.keyKind]));
    expect(kinds(without)).toEqual(new Set([withOverlap.keyKind]));
    expect(without.keyKind).toBe(withOverlap.keyKind);
    expect(without.jwksCacheTtlS).toBe(withOverlap.jwksCacheTtlS);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s generates keys only of its own kind', (_id, s) => {
    for (const [, event] of s.script) if (event.type === 'generateKey') expect(event.kind).toBe(s.keyKind);
  });

  it('leaked-secret: the forged token is accepted until the emergency retirement, refused from then on until its exp', () => {
    const s = scenario('leaked-secret');
    const world = play(s);
    const forged = world.tokens.find((token) => token.forged && token.signedWithRealKey)!;
    for (const at of sampleTimes(world, s).filter((t) => t >= 300)) {
      // Past its exp (a day later) it is expired like any other token.
      const expected = at < 600 ? 'accepted' : START + at < forged.expiresAt ? 'retired' : 'expired';
      expect([at, tokenOutcome(world, forged, START + at).outcome]).toEqual([at, expected]);
    }
  });

  it('stale-jwks-cache: new-kid tokens are unknown until the cache refreshes, then accepted', () => {
    const s = scenario('stale-jwks-cache');
    const world = play(s);
    const fresh = world.tokens.filter((token) => token.kid === 'k2');
    expect(fresh).toHaveLength(2);
    for (const at of sampleTimes(world, s)) {
      const now = START + at;
      for (const token of fresh.filter((t) => t.issuedAt <= now && now < t.expiresAt)) {
        const expected = at < 3600 ? 'unknown-kid' : 'accepted';
        expect([token.id, at, tokenOutcome(world, token, now).outcome]).toEqual([token.id, at, expected]);
      }
    }
  });
});

describe('scenarioEvents', () => {
  it('advances the clock between steps and stops at the requested offset', () => {
    const events = scenarioEvents(scenario('no-overlap'), 450);
    expect(events.map((event) => (event.type === 'advanceClock' ? `+${event.byS}` : event.type))).toEqual([
      'generateKey',
      'publishKey',
      'startSigning',
      'issueToken',
      '+300',
      'issueToken',
      '+150',
    ]);
  });
});
