import { describe, expect, it } from 'vitest';
import { tokenOutcome } from './outcome';
import { outcomeSpans } from './outcome-spans';
import { playScenario } from './play-scenario';
import { SCENARIOS, type ScenarioId } from './scenarios';
import type { World } from './world';

const START = 1_750_000_000;

function play(id: ScenarioId): World {
  const result = playScenario(
    SCENARIOS.find((s) => s.id === id)!,
    START,
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Each token's spans as `outcome@offset` from the scenario's start, to read at a glance. */
function spansOf(world: World): Record<string, string[]> {
  return Object.fromEntries(
    world.tokens.map((token) => [
      token.id,
      outcomeSpans(world, token, world.nowS).map((span) => `${span.outcome}@${span.fromS - START}`),
    ]),
  );
}

describe('outcomeSpans', () => {
  it.each<[ScenarioId, Record<string, string[]>]>([
    [
      'overlap',
      {
        t1: ['accepted@0', 'expired@900'],
        t2: ['accepted@300', 'expired@1200'],
        t3: ['accepted@700', 'expired@1600'],
        t4: ['accepted@900', 'expired@1800'],
        t5: ['accepted@1200'],
      },
    ],
    [
      'no-overlap',
      {
        t1: ['accepted@0', 'expired@900'],
        // The world ends at +1200 s, the very second t2 expires: its bar stops there.
        t2: ['accepted@300', 'retired@900'],
        t3: ['accepted@600', 'retired@900'],
        t4: ['unknown-kid@700', 'accepted@900'],
      },
    ],
    [
      'leaked-secret',
      {
        t1: ['accepted@0', 'retired@600', 'expired@900'],
        t2: ['accepted@300', 'retired@600'],
        t3: ['accepted@400', 'retired@600'],
        t4: ['accepted@600'],
        t5: ['invalid@660'],
      },
    ],
    [
      'stale-jwks-cache',
      {
        t1: ['accepted@0', 'expired@3600'],
        t2: ['unknown-kid@600', 'accepted@3600'],
        t3: ['unknown-kid@1800', 'accepted@3600'],
      },
    ],
  ])('%s: every token bar, span by span', (id, expected) => {
    expect(spansOf(play(id))).toEqual(expected);
  });

  it.each(SCENARIOS.map((s) => [s.id] as const))(
    '%s: every second of every span has the outcome tokenOutcome gives',
    (id) => {
      const world = play(id);
      for (const token of world.tokens) {
        const spans = outcomeSpans(world, token, world.nowS);
        expect(spans[0]?.fromS).toBe(token.issuedAt);
        expect(spans.at(-1)?.toS).toBe(world.nowS);
        for (const span of spans) {
          for (let at = span.fromS; at < span.toS; at++) {
            const outcome = tokenOutcome(world, token, at).outcome;
            if (outcome !== span.outcome)
              expect([token.id, at - START, outcome]).toEqual([token.id, at - START, span.outcome]);
          }
        }
        spans.slice(1).forEach((span, i) => expect(span.fromS).toBe(spans[i]!.toS));
        spans.slice(1).forEach((span, i) => expect(span.outcome).not.toBe(spans[i]!.outcome));
      }
    },
  );

  it('is empty before the token is issued, and stops at the end asked for', () => {
    const world = play('overlap');
    const t5 = world.tokens.find((t) => t.id === 't5')!;
    expect(outcomeSpans(world, t5, START + 1200)).toEqual([]);
    expect(outcomeSpans(world, t5, START + 1300)).toEqual([
      { fromS: START + 1200, toS: START + 1300, outcome: 'accepted' },
    ]);
  });
});
