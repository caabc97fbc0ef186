/**
 * Human-readable times for NumericDate values (RFC 7519 §2: seconds since 1970-01-01T00:00:00Z UTC,
 * possibly fractional). Everything is pure: the current time is always passed in, in milliseconds.
 */

/** ECMAScript dates reach ±8.64e15 ms (about ±273,790 years around 1970); beyond that there is no date. */
const MAX_DATE_MS = 8.64e15;

export interface LocalTimeOptions {
  /** BCP 47 locale such as `en-US`; omitted means the runtime default. */
  readonly locale?: string;
  /** IANA time zone such as `America/New_York`; omitted means the runtime default. */
  readonly timeZone?: string;
}

/** Says why a NumericDate cannot be shown as a date, or returns null when it can. */
export function describeOutOfRange(seconds: number): string | null {
  if (Number.isNaN(seconds)) return 'out of range (not a number)';
  if (!Number.isFinite(seconds))
    return `out of range (${seconds > 0 ? 'infinitely far in the future' : 'infinitely far in the past'})`;
  if (seconds * 1000 > MAX_DATE_MS)
    return 'out of range (after 13 September 275760, the last date JavaScript can show)';
  if (seconds * 1000 < -MAX_DATE_MS)
    return 'out of range (before 20 April 271822 BC, the first date JavaScript can show)';
  return null;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Formats a NumericDate as `2026-11-28 12:00:00 UTC` (milliseconds shown only when present). */
export function formatUtc(seconds: number): string {
  const outOfRange = describeOutOfRange(seconds);
  if (outOfRange !== null) return outOfRange;
  const ms = Math.floor(seconds * 1000);
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  const yearText = year < 0 ? `-${pad(-year, 6)}` : year > 9999 ? `+${pad(year, 6)}` : pad(year, 4);
  const millis = date.getUTCMilliseconds();
  const fraction = millis === 0 ? '' : `.${pad(millis, 3)}`;
  return (
    `${yearText}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}${fraction} UTC`
  );
}

const LOCAL_FORMAT: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
};

/** Formats a NumericDate in a locale and time zone, e.g. `Sat, Nov 28, 2026, 1:00:00 PM GMT+1`. */
export function formatLocal(seconds: number, options: LocalTimeOptions = {}): string {
  const outOfRange = describeOutOfRange(seconds);
  if (outOfRange !== null) return outOfRange;
  const date = new Date(Math.floor(seconds * 1000));
  try {
    return new Intl.DateTimeFormat(options.locale, { ...LOCAL_FORMAT, timeZone: options.timeZone }).format(
      date,
    );
  } catch {
    // An unknown locale or time zone (RangeError) comes from settings, not the token: fall back to UTC.
    return formatUtc(seconds);
  }
}

type Unit = 'second' | 'minute' | 'hour' | 'day' | 'month' | 'year';

/** Average Gregorian month and year, so that "12 months" and "1 year" name the same span. */
const UNIT_SECONDS: Readonly<Record<Unit, number>> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86_400,
  month: 2_629_746,
  year: 31_556_952,
};

/** Picks the largest unit that still reads naturally: 89 seconds, 89 minutes, 35 hours, 59 days, 23 months. */
function pickUnit(absSeconds: number): Unit {
  if (absSeconds < 90) return 'second';
  if (absSeconds < 90 * 60) return 'minute';
  if (absSeconds < 36 * 3600) return 'hour';
  if (absSeconds < 60 * 86_400) return 'day';
  if (absSeconds < 2 * UNIT_SECONDS.year) return 'month';
  return 'year';
}

/** Formats a span of time as `45 seconds`, `3 minutes`, `2 days` or `4 years` (the sign is ignored). */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return 'an unbounded time';
  const abs = Math.abs(seconds);
  const unit = pickUnit(abs);
  const count = Math.round(abs / UNIT_SECONDS[unit]);
  return `${count.toLocaleString('en-US')} ${unit}${count === 1 ? '' : 's'}`;
}

/** Says how far a NumericDate is from now: `3 minutes ago`, `in 2 days` or `just now`. */
export function formatRelative(seconds: number, nowMs: number): string {
  const outOfRange = describeOutOfRange(seconds);
  if (outOfRange !== null) return outOfRange;
  const delta = seconds - nowMs / 1000;
  if (Math.abs(delta) < 1) return 'just now';
  return delta > 0 ? `in ${formatDuration(delta)}` : `${formatDuration(delta)} ago`;
}
