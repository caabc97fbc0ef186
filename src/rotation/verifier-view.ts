/**
 * What the verifier knows at a moment. HMAC secrets are part of its configuration, so it sees them
 * as they are now; ES256 keys come from a JWKS it fetched at some earlier moment and caches.
 */
import type { SimKey, VerifierConfig, World } from './world';

/**
 * When the JWKS the verifier uses at `nowS` was fetched: the last on-demand refresh, or the last
 * periodic refetch after it (one every TTL). With no cache (TTL 0) the JWKS is always current.
 */
export function jwksFetchedAt(verifier: VerifierConfig, nowS: number): number {
  if (verifier.jwksCacheTtlS <= 0) return nowS;
  const last = verifier.cacheRefreshes.filter((at) => at <= nowS).at(-1);
  if (last === undefined) return nowS;
  const ttl = verifier.jwksCacheTtlS;
  return last + Math.floor((nowS - last) / ttl) * ttl;
}

/** When the verifier will next fetch the JWKS after `nowS` (ignoring on-demand refreshes); `null` without a cache. */
export function nextJwksFetch(verifier: VerifierConfig, nowS: number): number | null {
  if (verifier.jwksCacheTtlS <= 0) return null;
  return jwksFetchedAt(verifier, nowS) + verifier.jwksCacheTtlS;
}

/** The moment whose key set the verifier uses for this key at `nowS`. */
export function viewTimeFor(world: World, key: SimKey, nowS: number): number {
  return key.kind === 'hmac' ? nowS : jwksFetchedAt(world.verifier, nowS);
}

/** Where a key stands in the verifier's eyes. */
export type KeyStanding = 'unpublished' | 'accepted' | 'retired';

/** The key's standing in the verifier's view at `atS` (pass `viewTimeFor(…)` for cached keys). */
export function keyStandingAt(key: SimKey, atS: number): KeyStanding {
  if (key.retiredAt !== undefined && key.retiredAt <= atS) return 'retired';
  if (key.publishedAt !== undefined && key.publishedAt <= atS) return 'accepted';
  return 'unpublished';
}

/** The `kid`s the verifier accepts at `nowS`: its secret set and the JWKS as its cache holds it. */
export function acceptedKids(world: World, nowS: number): { secrets: string[]; jwks: string[] } {
  const accepts = (key: SimKey): boolean => keyStandingAt(key, viewTimeFor(world, key, nowS)) === 'accepted';
  return {
    secrets: world.keys.filter((key) => key.kind === 'hmac' && accepts(key)).map((key) => key.kid),
    jwks: world.keys.filter((key) => key.kind === 'es256' && accepts(key)).map((key) => key.kid),
  };
}

/** Every moment the verifier fetched the JWKS in [fromS, toS]: on demand, and once per TTL after each. */
export function jwksFetchTimes(verifier: VerifierConfig, fromS: number, toS: number): number[] {
  if (verifier.jwksCacheTtlS <= 0) return [];
  const refreshes = [...verifier.cacheRefreshes].sort((a, b) => a - b);
  const fetches: number[] = [];
  refreshes.forEach((at, index) => {
    const next = refreshes[index + 1] ?? Infinity;
    for (let t = at; t < next && t <= toS; t += verifier.jwksCacheTtlS) if (t >= fromS) fetches.push(t);
  });
  return fetches;
}
