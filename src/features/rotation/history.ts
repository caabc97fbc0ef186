/**
 * The simulation's history as a flat event list. Replaying a prefix of it rebuilds the world at
 * any earlier moment, so acting while scrubbed back "rewrites what came after".
 */
import type { SimEvent } from '@/rotation/events';

/** Seconds the clock has moved after all of `events`. */
export function historyLength(events: readonly SimEvent[]): number {
  return events.reduce((sum, event) => sum + (event.type === 'advanceClock' ? event.byS : 0), 0);
}

/** The events up to `offsetS` seconds after the start, the last clock step cut to land exactly there. */
export function eventsUntil(events: readonly SimEvent[], offsetS: number): SimEvent[] {
  const kept: SimEvent[] = [];
  let clock = 0;
  for (const event of events) {
    if (event.type !== 'advanceClock') {
      kept.push(event);
      continue;
    }
    const room = offsetS - clock;
    if (room <= 0) break;
    const byS = Math.min(room, event.byS);
    kept.push({ type: 'advanceClock', byS });
    clock += byS;
    if (byS < event.byS) break;
  }
  return kept;
}

/** Appends an event; a clock step right after another one is merged into it to keep the list short. */
export function appendEvent(events: readonly SimEvent[], event: SimEvent): SimEvent[] {
  const last = events.at(-1);
  if (event.type === 'advanceClock' && last?.type === 'advanceClock')
    return [...events.slice(0, -1), { type: 'advanceClock', byS: last.byS + event.byS }];
  return [...events, event];
}
