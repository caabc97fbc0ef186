import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeOutOfRange, formatDuration, formatLocal, formatRelative, formatUtc } from '@/jwt/time';

/** 2026-11-28T12:00:00Z, a Saturday. */
const NOW_S = 1_795_867_200;
const NOW_MS = NOW_S * 1000;
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
const YEAR = 31_556_952;
const MAX_S = 8.64e12;

// ICU puts a narrow no-break space before AM/PM in newer versions; the words are what we pin.
const normalize = (text: string) => text.replace(/\s/g, ' ');

describe('formatUtc', () => {
  it.each([
    [0, '1970-01-01 00:00:00 UTC'],
    [NOW_S, '2026-11-28 12:00:00 UTC'],
    [1_300_819_380, '2011-03-22 18:43:00 UTC'],
    [1_516_239_022, '2018-01-18 01:30:22 UTC'],
    [1.5, '1970-01-01 00:00:01.500 UTC'],
    [NOW_S + 0.001, '2026-11-28 12:00:00.001 UTC'],
    [-1, '1969-12-31 23:59:59 UTC'],
    [-0.5, '1969-12-31 23:59:59.500 UTC'],
    [253_402_300_800, '+010000-01-01 00:00:00 UTC'],
    [MAX_S, '+275760-09-13 00:00:00 UTC'],
    [-MAX_S, '-271821-04-20 00:00:00 UTC'],
  ])('formats %s as %s', (seconds, expected) => {
    expect(formatUtc(seconds)).toBe(expected);
  });

  it.each([
    [MAX_S + 1, 'out of range (after 13 September 275760, the last date JavaScript can show)'],
    [-MAX_S - 1, 'out of range (before 20 April 271822 BC, the first date JavaScript can show)'],
    [1e300, 'out of range (after 13 September 275760, the last date JavaScript can show)'],
    [Infinity, 'out of range (infinitely far in the future)'],
    [-Infinity, 'out of range (infinitely far in the past)'],
    [NaN, 'out of range (not a number)'],
  ])('says %s is out of range', (seconds, expected) => {
    expect(formatUtc(seconds)).toBe(expected);
    expect(describeOutOfRange(seconds)).toBe(expected);
  });
});

describe('formatLocal', () => {
  it.each([
    [NOW_S, 'UTC', 'Sat, Nov 28, 2026, 12:00:00 PM UTC'],
    [NOW_S, 'America/New_York', 'Sat, Nov 28, 2026, 7:00:00 AM EST'],
    [1_784_635_200, 'America/New_York', 'Tue, Jul 21, 2026, 8:00:00 AM EDT'],
    [1_300_819_380, 'America/New_York', 'Tue, Mar 22, 2011, 2:43:00 PM EDT'],
    [NOW_S, 'Europe/Berlin', 'Sat, Nov 28, 2026, 1:00:00 PM GMT+1'],
  ])('formats %s in %s as %s', (seconds, timeZone, expected) => {
    expect(normalize(formatLocal(seconds, { locale: 'en-US', timeZone }))).toBe(expected);
  });

  it('falls back to UTC text when the time zone is unknown', () => {
    expect(formatLocal(NOW_S, { locale: 'en-US', timeZone: 'Mars/Olympus_Mons' })).toBe(
      '2026-11-28 12:00:00 UTC',
    );
  });

  it('uses the runtime defaults when no options are given', () => {
    expect(formatLocal(NOW_S)).toBe(
      new Intl.DateTimeFormat(undefined, {
        weekday: 'short',
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        second: '2-digit',
        timeZoneName: 'short',
      }).format(new Date(NOW_MS)),
    );
  });

  it.each([[Infinity], [NaN], [MAX_S + 1]])('says %s is out of range instead of throwing', (seconds) => {
    expect(formatLocal(seconds, { locale: 'en-US', timeZone: 'UTC' })).toMatch(/^out of range/);
  });
});

describe('formatRelative', () => {
  it.each([
    [0, 'just now'],
    [0.999, 'just now'],
    [-0.999, 'just now'],
    [1, 'in 1 second'],
    [-1, '1 second ago'],
    [45, 'in 45 seconds'],
    [89, 'in 89 seconds'],
    [90, 'in 2 minutes'],
    [-3 * MINUTE, '3 minutes ago'],
    [89 * MINUTE, 'in 89 minutes'],
    [90 * MINUTE, 'in 2 hours'],
    [-35 * HOUR, '35 hours ago'],
    [36 * HOUR, 'in 2 days'],
    [-2 * DAY, '2 days ago'],
    [59 * DAY, 'in 59 days'],
    [60 * DAY, 'in 2 months'],
    [-365 * DAY, '12 months ago'],
    [2 * YEAR, 'in 2 years'],
    [-10 * YEAR, '10 years ago'],
    [100_000 * YEAR, 'in 100,000 years'],
  ])('says a date %s seconds from now is "%s"', (delta, expected) => {
    expect(formatRelative(NOW_S + delta, NOW_MS)).toBe(expected);
  });

  it('uses the fraction of a second in now', () => {
    expect(formatRelative(NOW_S, NOW_MS + 1500)).toBe('2 seconds ago');
  });

  it.each([[Infinity], [-Infinity], [NaN], [1e13], [-1e13]])('says %s is out of range', (seconds) => {
    expect(formatRelative(seconds, NOW_MS)).toMatch(/^out of range \(/);
  });

  it('never throws and always returns text for any number', () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.double({ min: -MAX_S * 1000, max: MAX_S * 1000, noNaN: true }),
        (s, now) => {
          expect(formatRelative(s, now)).toMatch(/\S/);
          expect(formatUtc(s)).toMatch(/\S/);
          expect(formatLocal(s, { locale: 'en-US', timeZone: 'America/New_York' })).toMatch(/\S/);
        },
      ),
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [-120, '2 minutes'],
    [HOUR, '60 minutes'],
    [DAY, '24 hours'],
    [30 * DAY, '30 days'],
    [YEAR, '12 months'],
    [82 * YEAR, '82 years'],
    [Infinity, 'an unbounded time'],
    [NaN, 'an unbounded time'],
  ])('formats %s seconds as %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});
