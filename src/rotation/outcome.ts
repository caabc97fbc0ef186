/**
 * A token's fate at the verifier, decided without any crypto: it depends only on the token's `kid`,
 * that key's life, the verifier's JWKS cache and the time. The order of the checks is the order a
 * real verifier (jose) follows: find the key, check the signature, then check `exp`.
 */
import { jwksFetchedAt, keyStandingAt, nextJwksFetch, viewTimeFor } from './verifier-view';
import { findKey, formatSimTime, type SimToken, type World } from './world';

export type Outcome = 'accepted' | 'expired' | 'unknown-kid' | 'retired' | 'invalid';

export const OUTCOMES: readonly Outcome[] = ['accepted', 'expired', 'unknown-kid', 'retired', 'invalid'];

export interface TokenOutcome {
  readonly outcome: Outcome;
  /** One or two sentences: why, with the moments that matter. */
  readonly reason: string;
}

/** The verifier's verdict on `token` at `nowS`, and why. */
export function tokenOutcome(world: World, token: SimToken, nowS: number): TokenOutcome {
  const at = (s: number): string => formatSimTime(world, s);
  const kid = `kid "${token.kid}"`;
  const key = findKey(world, token.kid);
  if (!key) {
    return {
      outcome: 'unknown-kid',
      reason: `The verifier has no key with ${kid}: no such key was ever made, so it cannot even try the signature.`,
    };
  }
  const viewAt = viewTimeFor(world, key, nowS);
  const standing = keyStandingAt(key, viewAt);
  const expiredToo =
    nowS >= token.expiresAt ? ` (The token had expired anyway at ${at(token.expiresAt)}.)` : '';
  if (standing === 'unpublished') {
    const next = nextJwksFetch(world.verifier, nowS);
    const stale =
      key.publishedAt !== undefined && key.publishedAt <= nowS
        ? ` ${kid} was published at ${at(key.publishedAt)}, but the verifier still uses the JWKS it fetched at ${at(viewAt)}` +
          (next === null ? '.' : `; it fetches it again at ${at(next)}.`)
        : ` ${kid} has not been published to the verifier yet: publish before signing.`;
    return {
      outcome: 'unknown-kid',
      reason: `No key with ${kid} in the verifier's key set.${stale}${expiredToo}`,
    };
  }
  if (standing === 'retired') {
    return {
      outcome: 'retired',
      reason: `${kid} was retired at ${at(key.retiredAt ?? viewAt)}: the verifier no longer accepts tokens signed with it.${expiredToo}`,
    };
  }
  if (!token.signedWithRealKey) {
    return {
      outcome: 'invalid',
      reason: `The signature does not verify under ${kid}: this token was forged by someone who does not hold that key.`,
    };
  }
  if (nowS >= token.expiresAt) {
    return {
      outcome: 'expired',
      reason: `The signature is valid, but the token expired at ${at(token.expiresAt)} ("exp", RFC 7519 §4.1.4).`,
    };
  }
  return { outcome: 'accepted', reason: acceptedReason(world, token, nowS) };
}

function acceptedReason(world: World, token: SimToken, nowS: number): string {
  const at = (s: number): string => formatSimTime(world, s);
  const key = findKey(world, token.kid);
  const base = `The signature verifies under kid "${token.kid}" and the token is valid until ${at(token.expiresAt)}.`;
  if (key?.retiredAt !== undefined && key.retiredAt <= nowS) {
    return `${base} kid "${token.kid}" was retired at ${at(key.retiredAt)}, but the verifier's cached JWKS (fetched at ${at(jwksFetchedAt(world.verifier, nowS))}) still holds it.`;
  }
  if (token.forged) {
    return `${base} It is forged, but with the leaked key itself: the verifier cannot tell it from a real token.`;
  }
  return base;
}

/** The fate of every token issued by `nowS`, in issue order (what the page's token table shows). */
export function tokenOutcomes(world: World, nowS: number): (TokenOutcome & { readonly token: SimToken })[] {
  return world.tokens
    .filter((token) => token.issuedAt <= nowS)
    .map((token) => ({ token, ...tokenOutcome(world, token, nowS) }));
}
