import { describe, expect, it } from 'vitest';
import { acceptedKids, jwksFetchedAt, jwksFetchTimes, nextJwksFetch } from './verifier-view';
import { createWorld, type SimKey, type World } from './world';

const T0 = 1_000_000;

function world(keys: SimKey[], jwksCacheTtlS = 0, cacheRefreshes = [T0]): World {
  const base = createWorld({ startS: T0, jwksCacheTtlS });
  return { ...base, keys, verifier: { ...base.verifier, cacheRefreshes } };
}

const hs = (kid: string, change: Partial<SimKey> = {}): SimKey => ({
  kid,
  kind: 'hmac',
  createdAt: T0,
  ...change,
});
const es = (kid: string, change: Partial<SimKey> = {}): SimKey => ({
  kid,
  kind: 'es256',
  createdAt: T0,
  ...change,
});
const live = { publishedAt: T0 };

describe('jwksFetchedAt', () => {
  it.each([
    ['no cache', 0, [T0], T0 + 123, T0 + 123],
    ['within the first TTL', 300, [T0], T0 + 299, T0],
    ['after periodic refetches', 300, [T0], T0 + 950, T0 + 900],
    ['after an on-demand refresh', 300, [T0, T0 + 100], T0 + 399, T0 + 100],
    ['periodic after an on-demand refresh', 300, [T0, T0 + 100], T0 + 400, T0 + 400],
    ['before the on-demand refresh', 300, [T0, T0 + 100], T0 + 99, T0],
    ['before any fetch', 300, [T0], T0 - 5, T0 - 5],
  ])('%s', (_name, ttl, refreshes, now, expected) => {
    expect(jwksFetchedAt({ jwksCacheTtlS: ttl, cacheRefreshes: refreshes }, now)).toBe(expected);
  });
});

describe('nextJwksFetch', () => {
  it('is one TTL after the last fetch, or null without a cache', () => {
    expect(nextJwksFetch({ jwksCacheTtlS: 300, cacheRefreshes: [T0] }, T0 + 301)).toBe(T0 + 600);
    expect(nextJwksFetch({ jwksCacheTtlS: 0, cacheRefreshes: [T0] }, T0)).toBeNull();
  });
});

describe('acceptedKids', () => {
  it('lists secrets as they are now and the JWKS as the cache holds it', () => {
    const w = world(
      [
        hs('hs1', live),
        hs('hs2', { publishedAt: T0 + 10 }),
        es('es1', live),
        es('es2', { publishedAt: T0 + 10 }),
      ],
      60,
    );
    expect(acceptedKids(w, T0 + 30)).toEqual({ secrets: ['hs1', 'hs2'], jwks: ['es1'] });
    expect(acceptedKids(w, T0 + 60)).toEqual({ secrets: ['hs1', 'hs2'], jwks: ['es1', 'es2'] });
  });
});

describe('jwksFetchTimes', () => {
  it.each([
    [{ jwksCacheTtlS: 0, cacheRefreshes: [0] }, 0, 4000, []],
    [{ jwksCacheTtlS: 3600, cacheRefreshes: [0] }, 0, 4000, [0, 3600]],
    [{ jwksCacheTtlS: 300, cacheRefreshes: [0, 450] }, 0, 1000, [0, 300, 450, 750]],
    [{ jwksCacheTtlS: 300, cacheRefreshes: [0] }, 301, 900, [600, 900]],
  ])('lists the fetches of %j in [%i, %i]', (verifier, from, to, expected) => {
    expect(jwksFetchTimes(verifier, from, to)).toEqual(expected);
  });
});
