/**
 * Warnings about a token's time window: expired or not yet valid (jose's rules, through checkClaims), and
 * its lifetime exp − iat — a note for every token that has both, a warning when it is long or negative.
 */
import { checkClaims, formatExactDuration, tokenLifetimeSeconds } from '@/jwt/claim-checks';
import { formatDuration, formatUtc } from '@/jwt/time';
import { rfcSpec, warn, type TokenWarning } from '@/jwt/warning-model';

const DAY_SECONDS = 86_400;
/** Lifetimes beyond a week move from "worth knowing" to "worth fixing". */
const LONG_LIFETIME_SECONDS = 7 * DAY_SECONDS;

type Payload = Readonly<Record<string, unknown>>;

/** The two largest units of an exact duration ("3 days 4 h"), so the warning does not tick every second. */
function roughDuration(seconds: number): string {
  // formatExactDuration writes "count unit" pairs: four words are the two largest units.
  return formatExactDuration(seconds).split(' ').slice(0, 4).join(' ');
}

/** Warnings about the time window: not yet valid, expired (judged like jose, skew included), then the lifetime. */
export function collectTimeWarnings(payload: Payload, nowMs: number, skewSeconds: number): TokenWarning[] {
  const found: TokenWarning[] = [];
  const { failures } = checkClaims(payload, { nowMs, skewSeconds, issuer: '', audience: '' });
  const now = Math.floor(nowMs / 1000);
  const allowance =
    skewSeconds > 0 ? `, even with ${skewSeconds.toLocaleString('en-US')} s of clock skew allowed` : '';
  const { exp, nbf } = payload;
  if (typeof nbf === 'number' && failures.some((failure) => failure.code === 'TOKEN_NOT_YET_VALID')) {
    const message = `Not valid until ${formatUtc(nbf)} (in ${roughDuration(nbf - now)})${allowance}: verifiers reject it until then. If the issuer's clock runs ahead, fix that clock; a skew allowance is meant for seconds.`;
    found.push(warn('TOKEN_NOT_YET_VALID', 'warning', 'payload', message, rfcSpec(7519, '4.1.5')));
  }
  if (typeof exp === 'number' && failures.some((failure) => failure.code === 'TOKEN_EXPIRED')) {
    const ago = now - exp < 1 ? 'this very second' : `${roughDuration(now - exp)} ago`;
    const message = `Expired ${ago} (exp ${formatUtc(exp)})${allowance}: verifiers reject it, whatever the signature. Get a fresh token rather than widening the skew allowance.`;
    found.push(warn('TOKEN_EXPIRED', 'warning', 'payload', message, rfcSpec(7519, '4.1.4')));
  }
  const lifetime = lifetimeWarning(payload, nowMs);
  if (lifetime !== undefined) found.push(lifetime);
  return found;
}

/** One warning about how long the token lives: exp − iat when both are numbers, else what is left of it. */
function lifetimeWarning(payload: Payload, nowMs: number): TokenWarning | undefined {
  const lifetime = tokenLifetimeSeconds(payload);
  const source = rfcSpec(7519, '4.1.4');
  if (lifetime === null) {
    const exp = payload['exp'];
    const left = typeof exp === 'number' ? exp - nowMs / 1000 : Number.NaN;
    if (!Number.isFinite(left) || left <= DAY_SECONDS) return undefined;
    return longLifetime(`stays valid for another ${formatDuration(left)}`, left);
  }
  if (lifetime <= 0) {
    const order = lifetime === 0 ? 'exp equals iat' : `exp is ${formatExactDuration(-lifetime)} before iat`;
    const message = `Lifetime ${lifetime === 0 ? '' : '−'}${formatExactDuration(lifetime)} (exp − iat): ${order}, so the token was already expired when it was issued.`;
    return warn('LIFETIME', 'warning', 'payload', message, source);
  }
  if (lifetime <= DAY_SECONDS) {
    return warn(
      'LIFETIME',
      'info',
      'payload',
      `Lifetime ${formatExactDuration(lifetime)} (exp − iat).`,
      source,
    );
  }
  return longLifetime(`is valid for ${formatExactDuration(lifetime)} (from iat to exp)`, lifetime);
}

function longLifetime(how: string, seconds: number): TokenWarning {
  const severity = seconds > LONG_LIFETIME_SECONDS ? 'warning' : 'info';
  const message = `This token ${how}. A leaked token works until it expires, so keep access tokens to minutes or an hour and use refresh tokens for long sessions.`;
  return warn('LIFETIME_LONG', severity, 'payload', message, rfcSpec(6819, '5.1.5.3'));
}
