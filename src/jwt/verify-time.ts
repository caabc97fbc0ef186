import { tokenTimeStatus } from '@/jwt/time-badge';
import { formatRelative } from './time';

/** The time facts that qualify a verified signature: "token expired 2 days ago", "becomes valid in 3 hours". */
export function describeTimeStatus(payload: unknown, nowMs: number, skewSeconds: number): string[] {
  const status = tokenTimeStatus(payload, nowMs, skewSeconds);
  const nowSeconds = nowMs / 1000;
  const facts: string[] = [];
  if (status.expiredAgoSeconds !== undefined) {
    facts.push(`token expired ${formatRelative(nowSeconds - status.expiredAgoSeconds, nowMs)}`);
  }
  if (status.notValidForSeconds !== undefined) {
    facts.push(
      `token not yet valid: becomes valid ${formatRelative(nowSeconds + status.notValidForSeconds, nowMs)}`,
    );
  }
  if (status.issuedInFutureBySeconds !== undefined) {
    facts.push(
      `issued in the future (${formatRelative(nowSeconds + status.issuedInFutureBySeconds, nowMs)})`,
    );
  }
  facts.push(...malformedTimeClaims(payload));
  return facts;
}

/** `exp`/`nbf` that are present but not numbers: libraries such as jose reject the whole token. */
function malformedTimeClaims(payload: unknown): string[] {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return [];
  const claims = payload as Record<string, unknown>;
  return (['exp', 'nbf'] as const)
    .filter((name) => name in claims && (typeof claims[name] !== 'number' || !Number.isFinite(claims[name])))
    .map((name) => `${name} is not a NumericDate (RFC 7519 §2), so verifiers reject this token`);
}
