/** Turns a scenario's timed script into events and plays it, whole or up to a moment. */
import type { Result } from '@/core/errors';
import { applyEvents, type SimEvent } from './events';
import type { Scenario } from './scenarios';
import { createWorld, type World } from './world';

/** The script as a flat event list, the clock advanced between steps and up to `untilS` (offset). */
export function scenarioEvents(scenario: Scenario, untilS = scenario.durationS): SimEvent[] {
  const events: SimEvent[] = [];
  let clock = 0;
  const advanceTo = (offsetS: number): void => {
    if (offsetS > clock) events.push({ type: 'advanceClock', byS: offsetS - clock });
    clock = Math.max(clock, offsetS);
  };
  for (const [offsetS, event] of scenario.script) {
    if (offsetS > untilS) break;
    advanceTo(offsetS);
    events.push(event);
  }
  advanceTo(untilS);
  return events;
}

/** A fresh world for the scenario, starting at `startS` (unix seconds). */
export function createScenarioWorld(scenario: Scenario, startS: number): World {
  return createWorld({ startS, jwksCacheTtlS: scenario.jwksCacheTtlS });
}

/** The world after the scenario has run up to `untilS` (an offset; default: its whole duration). */
export function playScenario(scenario: Scenario, startS: number, untilS = scenario.durationS): Result<World> {
  return applyEvents(createScenarioWorld(scenario, startS), scenarioEvents(scenario, untilS));
}
