import { describe, expect, it } from 'vitest';
import { tokenOutcomes } from '@/rotation/outcome';
import { SCENARIOS, type ScenarioId } from '@/rotation/scenarios';
import { emptySimulation, reduceSimulation, type SimulationState } from './simulation-state';

const NOW = 1_700_000_000;

const run = (state: SimulationState, ...actions: Parameters<typeof reduceSimulation>[1][]) =>
  actions.reduce(reduceSimulation, state);

describe('reduceSimulation', () => {
  it.each<[ScenarioId, number, string[]]>([
    ['overlap', 900, ['expired', 'accepted', 'accepted', 'accepted']],
    ['no-overlap', 900, ['expired', 'retired', 'retired', 'accepted']],
    ['leaked-secret', 600, ['retired', 'retired', 'retired', 'accepted']],
    ['stale-jwks-cache', 600, ['accepted', 'unknown-kid']],
  ])(
    'opens %s at its key moment (+%is), placed at the real now, the whole script played',
    (id, atS, seen) => {
      const state = reduceSimulation(emptySimulation(NOW), { type: 'loadScenario', id, realNowS: NOW });
      const scenario = SCENARIOS.find((s) => s.id === id)!;
      expect(state.viewS).toBe(NOW);
      expect(state.world.startS).toBe(NOW - atS);
      expect(state.world.nowS).toBe(state.world.startS + scenario.durationS);
      expect(tokenOutcomes(state.world, state.viewS).map((o) => o.outcome)).toEqual(seen);
    },
  );

  it('moves only the view while it is behind the clock, then the clock itself', () => {
    const loaded = reduceSimulation(emptySimulation(NOW), {
      type: 'loadScenario',
      id: 'overlap',
      realNowS: NOW,
    });
    const end = loaded.world.nowS;
    const back = run(loaded, { type: 'view', atS: end - 600 }, { type: 'advance', byS: 60 });
    expect(back.viewS).toBe(end - 540);
    expect(back.world).toBe(loaded.world);
    const past = run(back, { type: 'advance', byS: 3600 });
    expect(past.world.nowS).toBe(end - 540 + 3600);
    expect(past.viewS).toBe(past.world.nowS);
  });

  it('clamps the view to the history', () => {
    const state = run(emptySimulation(NOW), { type: 'advance', byS: 600 }, { type: 'view', atS: NOW - 99 });
    expect(state.viewS).toBe(NOW);
    expect(reduceSimulation(state, { type: 'view', atS: NOW + 9999 }).viewS).toBe(NOW + 600);
  });

  it('drops what came after the view when acting in the past', () => {
    const loaded = reduceSimulation(emptySimulation(NOW), {
      type: 'loadScenario',
      id: 'no-overlap',
      realNowS: NOW,
    });
    const start = loaded.world.startS;
    const branched = run(
      loaded,
      { type: 'view', atS: start + 650 },
      { type: 'act', event: { type: 'issueToken', lifetimeS: 60 } },
    );
    expect(branched.world.nowS).toBe(start + 650);
    expect(branched.world.keys.map((key) => key.kid)).toEqual(['k1']);
    expect(tokenOutcomes(branched.world, branched.viewS).map((o) => o.outcome)).toEqual([
      'accepted',
      'accepted',
      'accepted',
      'accepted',
    ]);
  });

  it('plays on from the key moment, stops at the end, and replays a finished scenario from its start', () => {
    const loaded = reduceSimulation(emptySimulation(NOW), {
      type: 'loadScenario',
      id: 'overlap',
      realNowS: NOW,
    });
    const end = loaded.world.nowS;
    expect(run(loaded, { type: 'play' }, { type: 'tick', byS: 60 }).viewS).toBe(NOW + 60);
    const done = run(loaded, { type: 'play' }, { type: 'tick', byS: 5000 });
    expect(done).toMatchObject({ playing: false, viewS: end });
    expect(run(done, { type: 'tick', byS: 60 }).viewS).toBe(end);
    const replay = run(done, { type: 'play' }, { type: 'tick', byS: 60 });
    expect(replay).toMatchObject({ playing: true, viewS: loaded.world.startS + 60 });
  });

  it('keeps moving the clock of a free world while playing', () => {
    const state = run(
      emptySimulation(NOW),
      { type: 'play' },
      { type: 'tick', byS: 60 },
      { type: 'tick', byS: 60 },
    );
    expect(state.world.nowS).toBe(NOW + 120);
    expect(state.events).toEqual([{ type: 'advanceClock', byS: 120 }]);
    expect(run(state, { type: 'pause' }, { type: 'tick', byS: 60 }).world.nowS).toBe(NOW + 120);
  });

  it('keeps the world and reports the error when an event cannot happen', () => {
    const state = emptySimulation(NOW);
    const next = reduceSimulation(state, { type: 'act', event: { type: 'issueToken', lifetimeS: 60 } });
    expect(next.world).toBe(state.world);
    expect(next.error).toMatchObject({ code: 'NO_SUITABLE_KEY', field: 'key' });
  });
});
