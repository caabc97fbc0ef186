import { describe, expect, it } from 'vitest';
import { AGE_OF_UNIVERSE_YEARS, describeDuration, estimateCrackTime } from './crack-time';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 365.25 * DAY;

describe('describeDuration', () => {
  it.each([
    [0, 'instantly'],
    [1e-3, 'instantly'],
    [0.999, 'instantly'],
    [1, '1 second'],
    [42, '42 seconds'],
    [59.7, '1 minute'],
    [5 * MINUTE, '5 minutes'],
    [3 * HOUR, '3 hours'],
    [23.6 * HOUR, '1 day'],
    [12 * DAY, '12 days'],
    [45 * DAY, '1 month'],
    [100 * DAY, '3 months'],
    [364 * DAY, '1 year'],
    [7 * YEAR, '7 years'],
    [999.6 * YEAR, '1 thousand years'],
    [25_000 * YEAR, '25 thousand years'],
    [3.2e6 * YEAR, '3 million years'],
    [4.4e9 * YEAR, '4 billion years'],
    [1.39e10 * YEAR, 'longer than the age of the universe'],
    [AGE_OF_UNIVERSE_YEARS * YEAR, 'longer than the age of the universe'],
    [1e300, 'longer than the age of the universe'],
    [Infinity, 'longer than the age of the universe'],
  ])('describes %d seconds as "%s"', (seconds, text) => {
    expect(describeDuration(seconds)).toEqual({ seconds, text });
  });

  it('throws on NaN, which only a bug can produce', () => {
    expect(() => describeDuration(Number.NaN)).toThrow(RangeError);
  });
});

describe('estimateCrackTime', () => {
  it.each([
    [2 ** 17, 4.2e9, 'instantly'],
    [2 ** 40, 4.2e9, '4 minutes'],
    [2 ** 56, 4.2e9, '7 months'],
    [2 ** 65.5, 4.2e9, '394 years'],
    [2 ** 128, 4.2e9, 'longer than the age of the universe'],
    [2 ** 40, 1e6, '13 days'],
  ])('takes %d guesses at %d per second: "%s"', (guesses, speed, text) => {
    expect(estimateCrackTime(guesses, speed).text).toBe(text);
  });

  it.each([0, -1, Number.NaN])('throws on a speed of %d guesses per second', (speed) => {
    expect(() => estimateCrackTime(1, speed)).toThrow(RangeError);
  });
});
