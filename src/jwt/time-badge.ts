/** Where a token stands against its validity window (exp, nbf, iat), allowing for clock skew. */
import { isJsonObject, type JsonObject } from '@/jwt/json-type';

export type TimeBadge = 'expired' | 'not-yet-valid' | 'issued-in-future';

export interface TokenTimeStatus {
  /** Seconds since `exp` passed (only when the token is expired, leeway included). */
  readonly expiredAgoSeconds?: number;
  /** Seconds until `nbf` is reached (only when the token is not yet valid, leeway included). */
  readonly notValidForSeconds?: number;
  /** Seconds by which `iat` lies in the future (only beyond the leeway). */
  readonly issuedInFutureBySeconds?: number;
}

/** Which badge a NumericDate claim earns at `nowSeconds`, allowing `skewSeconds` of leeway. */
export function timeBadge(
  name: string,
  seconds: number,
  nowSeconds: number,
  skewSeconds: number,
): TimeBadge | undefined {
  if (name === 'exp' && nowSeconds >= seconds + skewSeconds) return 'expired';
  if (name === 'nbf' && nowSeconds < seconds - skewSeconds) return 'not-yet-valid';
  if ((name === 'iat' || name === 'auth_time') && seconds > nowSeconds + skewSeconds)
    return 'issued-in-future';
  return undefined;
}

function numericClaim(payload: JsonObject, name: string): number | undefined {
  const value = Object.hasOwn(payload, name) ? payload[name] : undefined;
  return typeof value === 'number' && !Number.isNaN(value) ? value : undefined;
}

/** Says how far the token is outside its validity window (exp, nbf, iat), for the verdict line. */
export function tokenTimeStatus(payload: unknown, nowMs: number, skewSeconds: number): TokenTimeStatus {
  if (!isJsonObject(payload)) return {};
  const now = nowMs / 1000;
  const exp = numericClaim(payload, 'exp');
  const nbf = numericClaim(payload, 'nbf');
  const iat = numericClaim(payload, 'iat');
  return {
    ...(exp !== undefined && timeBadge('exp', exp, now, skewSeconds) ? { expiredAgoSeconds: now - exp } : {}),
    ...(nbf !== undefined && timeBadge('nbf', nbf, now, skewSeconds)
      ? { notValidForSeconds: nbf - now }
      : {}),
    ...(iat !== undefined && timeBadge('iat', iat, now, skewSeconds)
      ? { issuedInFutureBySeconds: iat - now }
      : {}),
  };
}
