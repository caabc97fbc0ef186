/**
 * A token's fate at the verifier, decided without any crypto: it depends only on the token's `kid`,
 * that key's life, the verifier's JWKS cache and the time. A token past its `exp` is `expired`
 * whatever else is true: that is what its holder sees (the session simply ended). What else is
 * wrong with it is kept in `alsoRefusedFor`, because a real verifier (jose) finds the key and checks
 * the signature before it reads `exp`, and so names that reason instead (see `expectedVerdict`).
 */
import { jwksFetchedAt, keyStandingAt, nextJwksFetch, viewTimeFor } from './verifier-view';
import { findKey, formatSimTime, type SimToken, type World } from './world';

export type Outcome = 'accepted' | 'expired' | 'unknown-kid' | 'retired' | 'invalid';

export const OUTCOMES: readonly Outcome[] = ['accepted', 'expired', 'unknown-kid', 'retired', 'invalid'];

/** The outcomes that refuse a token for its key or signature rather than its age. */
export type KeyRefusal = Exclude<Outcome, 'accepted' | 'expired'>;

export interface TokenOutcome {
  readonly outcome: Outcome;
  /** One or two sentences: why, with the moments that matter. */
  readonly reason: string;
  /** For an `expired` token: the key or signature reason it would be refused for as well. */
  readonly alsoRefusedFor?: KeyRefusal;
}

/** The verifier's verdict on `token` at `nowS`, and why. */
export function tokenOutcome(world: World, token: SimToken, nowS: number): TokenOutcome {
  const refusal = keyRefusal(world, token, nowS);
  if (nowS >= token.expiresAt) {
    const at = formatSimTime(world, token.expiresAt);
    const expired = `The token expired at ${at} ("exp", RFC 7519 §4.1.4): its session is over.`;
    if (!refusal) return { outcome: 'expired', reason: expired };
    return {
      outcome: 'expired',
      reason: `${expired} ${expiredNote(world, token, refusal.outcome)}`,
      alsoRefusedFor: refusal.outcome,
    };
  }
  return refusal ?? { outcome: 'accepted', reason: acceptedReason(world, token, nowS) };
}

/** Why the key or the signature fails at `nowS`, ignoring `exp`; `undefined` when both are fine. */
function keyRefusal(
  world: World,
  token: SimToken,
  nowS: number,
): (TokenOutcome & { outcome: KeyRefusal }) | undefined {
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
  if (standing === 'unpublished') {
    const next = nextJwksFetch(world.verifier, nowS);
    const stale =
      key.publishedAt !== undefined && key.publishedAt <= nowS
        ? ` ${kid} was published at ${at(key.publishedAt)}, but the verifier still uses the JWKS it fetched at ${at(viewAt)}` +
          (next === null ? '.' : `; it fetches it again at ${at(next)}.`)
        : ` ${kid} has not been published to the verifier yet: publish before signing.`;
    return { outcome: 'unknown-kid', reason: `No key with ${kid} in the verifier's key set.${stale}` };
  }
  if (standing === 'retired') {
    return {
      outcome: 'retired',
      reason: `${kid} was retired at ${at(key.retiredAt ?? viewAt)}: the verifier no longer accepts tokens signed with it.`,
    };
  }
  if (!token.signedWithRealKey) {
    return {
      outcome: 'invalid',
      reason: `The signature does not verify under ${kid}: this token was forged by someone who does not hold that key.`,
    };
  }
  return undefined;
}

/** The second sentence of an expired token's reason: what else the verifier holds against it. */
function expiredNote(world: World, token: SimToken, refusal: KeyRefusal): string {
  const kid = `kid "${token.kid}"`;
  const retiredAt = findKey(world, token.kid)?.retiredAt;
  switch (refusal) {
    case 'retired':
      return retiredAt !== undefined && retiredAt >= token.expiresAt
        ? `Its key, ${kid}, has since been retired (at ${formatSimTime(world, retiredAt)}).`
        : `Its key, ${kid}, had been retired before that${retiredAt === undefined ? '' : `, at ${formatSimTime(world, retiredAt)}`}.`;
    case 'unknown-kid':
      return `The verifier has no key with ${kid} either.`;
    case 'invalid':
      return `Its signature does not verify under ${kid} either: it was forged.`;
  }
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
