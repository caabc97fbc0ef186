import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { SimEvent } from '@/rotation/events';
import { tokenOutcomes } from '@/rotation/outcome';
import type { ScenarioId } from '@/rotation/scenarios';
import { emptySimulation, reduceSimulation, worldAtView } from './simulation-state';

/** Play moves the clock this far on every tick. */
export const PLAY_STEP_S = 60;
const PLAY_TICK_MS = 400;

const realNowS = (): number => Math.floor(Date.now() / 1000);

/** The simulator's state, its actions, and the verifier's verdicts at the moment shown. */
export function useSimulation() {
  const [state, dispatch] = useReducer(reduceSimulation, undefined, () => emptySimulation(realNowS()));

  // One interval while playing, cleared on pause, on reaching a scenario's end and on unmount.
  useEffect(() => {
    if (!state.playing) return undefined;
    const timer = window.setInterval(() => dispatch({ type: 'tick', byS: PLAY_STEP_S }), PLAY_TICK_MS);
    return () => window.clearInterval(timer);
  }, [state.playing]);

  const outcomes = useMemo(() => tokenOutcomes(state.world, state.viewS), [state.world, state.viewS]);

  // What the controls act on: the world at the moment shown (acting there rewrites what followed).
  const worldAt = useMemo(() => worldAtView(state).world, [state]);

  const act = useCallback((event: SimEvent) => dispatch({ type: 'act', event }), []);
  const advance = useCallback((byS: number) => dispatch({ type: 'advance', byS }), []);
  const view = useCallback((atS: number) => dispatch({ type: 'view', atS }), []);
  const setPlaying = useCallback((on: boolean) => dispatch({ type: on ? 'play' : 'pause' }), []);
  const loadScenario = useCallback(
    (id: ScenarioId) => dispatch({ type: 'loadScenario', id, realNowS: realNowS() }),
    [],
  );
  const reset = useCallback(
    (jwksCacheTtlS: number) => dispatch({ type: 'reset', jwksCacheTtlS, realNowS: realNowS() }),
    [],
  );

  return { ...state, worldAt, outcomes, act, advance, view, setPlaying, loadScenario, reset };
}

export type Simulation = ReturnType<typeof useSimulation>;
