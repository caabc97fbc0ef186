/**
 * Turns a decoded header and payload into rows the claims table shows: each name with its value, its
 * registered meaning, human times for NumericDate claims and a problem when the value breaks the spec.
 */
import { findRegisteredName, type ClaimLocation, type RegisteredName } from '@/jwt/claims-registry';
import { formatLocal, formatRelative, formatUtc } from '@/jwt/time';
import { describeJsonType, isJsonObject, type JsonObject } from '@/jwt/json-type';
import { timeBadge, type TimeBadge } from '@/jwt/time-badge';

export interface TimeInfo {
  readonly seconds: number;
  readonly utc: string;
  readonly local: string;
  readonly relative: string;
  readonly badge?: TimeBadge;
}

export interface ClaimRow {
  readonly name: string;
  readonly location: ClaimLocation;
  readonly value: unknown;
  /** The string itself for strings, JSON otherwise. */
  readonly valueText: string;
  readonly registered?: RegisteredName;
  readonly time?: TimeInfo;
  readonly problem?: string;
}

export interface DescribeClaimsOptions {
  readonly nowMs: number;
  /** Leeway for clock differences between issuer and verifier, in seconds. */
  readonly skewSeconds: number;
  readonly locale?: string;
  readonly timeZone?: string;
}

/** The claims that hold a NumericDate and get human times; `updated_at` is a profile date, not a validity one. */
const TIME_CLAIMS: ReadonlySet<string> = new Set(['exp', 'nbf', 'iat', 'auth_time']);
const STRING_CLAIMS: ReadonlySet<string> = new Set(['iss', 'sub', 'jti']);

function toValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    // Only non-JSON values (BigInt, cycles) get here; decoded tokens never contain them.
    return String(value);
  }
}

function describeTime(name: string, seconds: number, opts: DescribeClaimsOptions): TimeInfo {
  const badge = timeBadge(name, seconds, opts.nowMs / 1000, opts.skewSeconds);
  return {
    seconds,
    utc: formatUtc(seconds),
    local: formatLocal(seconds, { locale: opts.locale, timeZone: opts.timeZone }),
    relative: formatRelative(seconds, opts.nowMs),
    ...(badge === undefined ? {} : { badge }),
  };
}

function timeProblem(name: string, value: unknown): string {
  const registered = findRegisteredName('payload', name);
  const quoted = typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value);
  const hint = quoted ? ' Remove the quotes: the number must not be a string.' : '';
  return (
    `${name} must be a NumericDate: seconds since 1970, a number; got ${describeJsonType(value)} ` +
    `(RFC 7519 §2${registered === undefined ? '' : `, ${registered.spec}`}).${hint}`
  );
}

function payloadProblem(name: string, value: unknown): string | undefined {
  if (name === 'aud') {
    const okAud =
      typeof value === 'string' || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
    return okAud
      ? undefined
      : `aud must be a string or an array of strings; got ${describeJsonType(value)} (RFC 7519 §4.1.3).`;
  }
  if (STRING_CLAIMS.has(name) && typeof value !== 'string') {
    return `${name} must be a string; got ${describeJsonType(value)} (${findRegisteredName('payload', name)?.spec ?? 'RFC 7519 §4.1'}).`;
  }
  if (TIME_CLAIMS.has(name) && typeof value !== 'number') return timeProblem(name, value);
  return unsafeIntegerProblem(value);
}

/** A JSON integer past 2^53 − 1 arrives here already rounded; say so rather than show it as if exact. */
function unsafeIntegerProblem(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || Number.isSafeInteger(value)) return undefined;
  return 'This integer is beyond 2^53 − 1: JavaScript (and this table) read it rounded. The decoded payload above shows it exactly as written; large IDs belong in strings.';
}

function describeRow(
  location: ClaimLocation,
  name: string,
  value: unknown,
  opts: DescribeClaimsOptions,
): ClaimRow {
  const registered = findRegisteredName(location, name);
  const isPayload = location === 'payload';
  const problem = isPayload ? payloadProblem(name, value) : undefined;
  const time =
    isPayload && TIME_CLAIMS.has(name) && typeof value === 'number'
      ? describeTime(name, value, opts)
      : undefined;
  return {
    name,
    location,
    value,
    valueText: toValueText(value),
    ...(registered === undefined ? {} : { registered }),
    ...(time === undefined ? {} : { time }),
    ...(problem === undefined ? {} : { problem }),
  };
}

/**
 * Describes the header parameters and payload claims, in token order, up to `limit` rows (a hostile
 * payload may hold 100,000 claims); a non-object payload yields no rows.
 */
export function describeClaims(
  header: JsonObject | null,
  payload: unknown,
  opts: DescribeClaimsOptions,
  limit = Number.POSITIVE_INFINITY,
): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (const [location, part] of [
    ['header', header],
    ['payload', payload],
  ] as const) {
    if (!isJsonObject(part)) continue;
    for (const name in part) {
      if (rows.length >= limit) return rows;
      if (Object.hasOwn(part, name)) rows.push(describeRow(location, name, part[name], opts));
    }
  }
  return rows;
}

/** How many rows `describeClaims` would give without a limit. */
export function countClaimRows(header: JsonObject | null, payload: unknown): number {
  const count = (part: unknown) => (isJsonObject(part) ? Object.keys(part).length : 0);
  return count(header) + count(payload);
}
