import { describe, expect, it } from 'vitest';
import type { SimEvent } from '@/rotation/events';
import { appendEvent, eventsUntil, historyLength } from './history';

const gen: SimEvent = { type: 'generateKey', kind: 'hmac', kid: 'k1' };
const pub: SimEvent = { type: 'publishKey', kid: 'k1' };
const tick = (byS: number): SimEvent => ({ type: 'advanceClock', byS });
const HISTORY: SimEvent[] = [gen, tick(60), pub, tick(120)];

describe('historyLength', () => {
  it.each([
    [[], 0],
    [[gen, pub], 0],
    [HISTORY, 180],
  ])('sums the clock steps of %j to %i', (events, expected) => {
    expect(historyLength(events)).toBe(expected);
  });
});

describe('eventsUntil', () => {
  it.each([
    [0, [gen]],
    [30, [gen, tick(30)]],
    [60, [gen, tick(60), pub]],
    [100, [gen, tick(60), pub, tick(40)]],
    [180, HISTORY],
    [999, HISTORY],
  ])('cuts the history at %i seconds', (offsetS, expected) => {
    expect(eventsUntil(HISTORY, offsetS)).toEqual(expected);
  });
});

describe('appendEvent', () => {
  it('merges a clock step into the one before it', () => {
    expect(appendEvent([gen, tick(60)], tick(30))).toEqual([gen, tick(90)]);
  });

  it('keeps other events apart', () => {
    expect(appendEvent([gen, tick(60)], pub)).toEqual([gen, tick(60), pub]);
    expect(appendEvent([gen], tick(5))).toEqual([gen, tick(5)]);
  });
});
