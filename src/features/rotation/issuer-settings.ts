/**
 * What the issuer panel's controls start from: the settings of the world on screen (a scenario's
 * key type, token lifetime and JWKS cache), so the controls never contradict the verifier panel.
 */
import { findKey, type KeyKind, type World } from '@/rotation/world';

export const LIFETIMES: readonly { readonly label: string; readonly s: number }[] = [
  { label: '5 minutes', s: 300 },
  { label: '15 minutes', s: 900 },
  { label: '1 hour', s: 3600 },
  { label: '1 day', s: 86_400 },
];

export const CACHE_TTLS: readonly { readonly label: string; readonly s: number }[] = [
  { label: 'No cache (fetch every time)', s: 0 },
  { label: '5 minutes', s: 300 },
  { label: '1 hour', s: 3600 },
];

export interface IssuerSettings {
  readonly kind: KeyKind;
  readonly lifetimeS: number;
  readonly jwksCacheTtlS: number;
}

const DEFAULT_LIFETIME_S = 900;

/** The world's settings: its signing (or latest) key's type, its tokens' lifetime, its verifier's cache. */
export function issuerSettings(world: World): IssuerSettings {
  const signing = world.signingKid === undefined ? undefined : findKey(world, world.signingKid);
  const cached = world.verifier.jwksCacheTtlS > 0;
  // A cached JWKS only matters for public keys, so an empty world with a cache starts on ES256.
  const kind = signing?.kind ?? world.keys.at(-1)?.kind ?? (cached ? 'es256' : 'hmac');
  const issued = world.tokens.filter((token) => !token.forged).at(-1);
  const lifetime = issued ? issued.expiresAt - issued.issuedAt : DEFAULT_LIFETIME_S;
  return {
    kind,
    lifetimeS: LIFETIMES.some((option) => option.s === lifetime) ? lifetime : DEFAULT_LIFETIME_S,
    jwksCacheTtlS: world.verifier.jwksCacheTtlS,
  };
}

/** The cache setting in words, the same in the issuer's controls and the verifier panel. */
export function describeCacheTtl(ttlS: number): string {
  return ttlS <= 0 ? 'No cache' : `Cached for ${ttlS / 60} min`;
}
