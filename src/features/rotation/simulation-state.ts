/**
 * The simulator's state as a pure reducer: the history (events since the start), the world it
 * builds, and the moment being looked at (the head, or an earlier moment while scrubbing).
 */
import type { LabError } from '@/core/errors';
import { applyEvent, applyEvents, type SimEvent } from '@/rotation/events';
import { scenarioEvents } from '@/rotation/play-scenario';
import { keyMomentS, SCENARIOS, type ScenarioId } from '@/rotation/scenarios';
import { createWorld, type World } from '@/rotation/world';
import { appendEvent, eventsUntil } from './history';

export interface SimulationState {
  readonly scenarioId: ScenarioId | null;
  readonly events: readonly SimEvent[];
  readonly world: World;
  /** The moment shown (unix seconds); always between the world's start and its clock. */
  readonly viewS: number;
  readonly error: LabError | null;
  /** The clock moves by itself (Play). A scenario's replay stops at its end. */
  readonly playing: boolean;
}

export type SimulationAction =
  | { readonly type: 'loadScenario'; readonly id: ScenarioId; readonly realNowS: number }
  | { readonly type: 'reset'; readonly jwksCacheTtlS: number; readonly realNowS: number }
  | { readonly type: 'act'; readonly event: SimEvent }
  | { readonly type: 'advance'; readonly byS: number }
  | { readonly type: 'view'; readonly atS: number }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'tick'; readonly byS: number };

/** An empty world starting at `realNowS`. */
export function emptySimulation(realNowS: number, jwksCacheTtlS = 0): SimulationState {
  const world = createWorld({ startS: realNowS, jwksCacheTtlS });
  return { scenarioId: null, events: [], world, viewS: world.nowS, error: null, playing: false };
}

/** The next state; an event that cannot happen leaves the world as it was and sets `error`. */
export function reduceSimulation(state: SimulationState, action: SimulationAction): SimulationState {
  switch (action.type) {
    case 'loadScenario':
      return loadScenario(action.id, action.realNowS);
    case 'reset':
      return emptySimulation(action.realNowS, action.jwksCacheTtlS);
    case 'view': {
      const { startS, nowS } = state.world;
      return { ...state, viewS: Math.min(nowS, Math.max(startS, Math.round(action.atS))), error: null };
    }
    case 'advance': {
      const target = state.viewS + action.byS;
      if (target <= state.world.nowS) return { ...state, viewS: target, error: null };
      // Moving forward past the head keeps the history: the view goes to the head first.
      const atHead = { ...state, viewS: state.world.nowS };
      return act(atHead, { type: 'advanceClock', byS: target - state.world.nowS });
    }
    case 'act':
      return act(state, action.event);
    case 'play': {
      // At the end of a scenario, Play replays it from the start.
      const replay = state.scenarioId !== null && state.viewS >= state.world.nowS;
      return { ...state, playing: true, viewS: replay ? state.world.startS : state.viewS };
    }
    case 'pause':
      return { ...state, playing: false };
    case 'tick': {
      if (!state.playing) return state;
      const end = state.world.nowS;
      if (state.scenarioId !== null && state.viewS + action.byS >= end)
        return { ...state, viewS: end, playing: false };
      return reduceSimulation(state, { type: 'advance', byS: action.byS });
    }
  }
}

/**
 * A scenario played to its end and shown at its key moment, which is placed at the real now: there
 * the page and the debugger (which checks `exp` against the real clock) agree about every token.
 */
function loadScenario(id: ScenarioId, realNowS: number): SimulationState {
  const scenario = SCENARIOS.find((candidate) => candidate.id === id);
  if (!scenario) throw new Error(`Unknown scenario "${id}".`);
  const events = scenarioEvents(scenario);
  const startS = realNowS - keyMomentS(scenario);
  const start = createWorld({ startS, jwksCacheTtlS: scenario.jwksCacheTtlS });
  const played = applyEvents(start, events);
  if (!played.ok) throw new Error(`Scenario "${id}" does not play: ${played.error.message}`);
  return { scenarioId: id, events, world: played.value, viewS: realNowS, error: null, playing: false };
}

/** The world as it was at the moment shown (the history replayed up to it), and its events. */
export function worldAtView(state: SimulationState): { world: World; events: readonly SimEvent[] } {
  const { world } = state;
  if (state.viewS >= world.nowS) return { world, events: state.events };
  const events = eventsUntil(state.events, state.viewS - world.startS);
  const start = createWorld({ startS: world.startS, jwksCacheTtlS: world.verifier.jwksCacheTtlS });
  const replayed = applyEvents(start, events);
  if (!replayed.ok) throw new Error(`A prefix of the history does not replay: ${replayed.error.message}`);
  return { world: replayed.value, events };
}

/** Applies an event at the moment shown; anything recorded after that moment is dropped first. */
function act(state: SimulationState, event: SimEvent): SimulationState {
  const { world, events } = worldAtView(state);
  const next = applyEvent(world, event);
  if (!next.ok) return { ...state, error: next.error };
  return {
    ...state,
    events: appendEvent(events, event),
    world: next.value,
    viewS: next.value.nowS,
    error: null,
  };
}
