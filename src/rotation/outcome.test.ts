import { describe, expect, it } from 'vitest';
import { tokenOutcome, tokenOutcomes, type Outcome } from './outcome';
import { acceptedKids, jwksFetchedAt, nextJwksFetch } from './verifier-view';
import { createWorld, formatSimTime, type SimKey, type SimToken, type World } from './world';

const T0 = 1_000_000;

function world(keys: SimKey[], jwksCacheTtlS = 0, cacheRefreshes = [T0]): World {
  const base = createWorld({ startS: T0, jwksCacheTtlS });
  return { ...base, keys, verifier: { ...base.verifier, cacheRefreshes } };
}

function token(kid: string, change: Partial<SimToken> = {}): SimToken {
  const kind = kid.startsWith('es') ? 'es256' : 'hmac';
  const base = { id: 't1', kid, kind, subject: 'alice', issuedAt: T0, expiresAt: T0 + 900 } as const;
  return { ...base, forged: false, signedWithRealKey: true, ...change };
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

describe('tokenOutcome', () => {
  it.each<[string, World, SimToken, number, Outcome, string]>([
    ['valid', world([hs('hs1', live)]), token('hs1'), T0 + 899, 'accepted', 'valid until T+15m'],
    ['past exp', world([hs('hs1', live)]), token('hs1'), T0 + 900, 'expired', 'expired at T+15m'],
    [
      'a kid no key has',
      world([hs('hs1', live)]),
      token('nope'),
      T0,
      'unknown-kid',
      'no such key was ever made',
    ],
    ['an unpublished key', world([hs('hs1')]), token('hs1'), T0, 'unknown-kid', 'not been published'],
    [
      'a key published later',
      world([hs('hs1', { publishedAt: T0 + 5 })]),
      token('hs1'),
      T0 + 4,
      'unknown-kid',
      'not been published',
    ],
    [
      'a retired secret',
      world([hs('hs1', { ...live, retiredAt: T0 + 10 })]),
      token('hs1'),
      T0 + 10,
      'retired',
      'retired at T+10s',
    ],
    [
      'a retired, expired token',
      world([hs('hs1', { ...live, retiredAt: T0 + 10 })]),
      token('hs1'),
      T0 + 2000,
      'retired',
      'expired anyway at T+15m',
    ],
    [
      'a foreign signature',
      world([hs('hs1', live)]),
      token('hs1', { forged: true, signedWithRealKey: false }),
      T0,
      'invalid',
      'does not hold',
    ],
    [
      'a foreign, expired signature',
      world([hs('hs1', live)]),
      token('hs1', { signedWithRealKey: false }),
      T0 + 5000,
      'invalid',
      'does not verify',
    ],
    [
      'a leaked-key forgery',
      world([hs('hs1', live)]),
      token('hs1', { forged: true }),
      T0,
      'accepted',
      'leaked key itself',
    ],
    [
      'a key published after the JWKS was fetched',
      world([es('es1', { publishedAt: T0 + 60 })], 300),
      token('es1'),
      T0 + 299,
      'unknown-kid',
      'published at T+1m, but the verifier still uses the JWKS it fetched at T+0; it fetches it again at T+5m',
    ],
    [
      'the same key after the refetch',
      world([es('es1', { publishedAt: T0 + 60 })], 300),
      token('es1'),
      T0 + 300,
      'accepted',
      'valid',
    ],
    [
      'a retired key still in the cached JWKS',
      world([es('es1', { ...live, retiredAt: T0 + 60 })], 300),
      token('es1'),
      T0 + 299,
      'accepted',
      'cached JWKS (fetched at T+0) still holds it',
    ],
    [
      'a retired key after the refetch',
      world([es('es1', { ...live, retiredAt: T0 + 60 })], 300),
      token('es1'),
      T0 + 300,
      'retired',
      'retired at T+1m',
    ],
    [
      'HMAC secrets ignore the JWKS cache',
      world([hs('hs1', { publishedAt: T0 + 60 })], 300),
      token('hs1'),
      T0 + 60,
      'accepted',
      'valid',
    ],
  ])('%s', (_name, w, t, now, outcome, reason) => {
    const result = tokenOutcome(w, t, now);
    expect(result.outcome).toBe(outcome);
    expect(result.reason).toContain(reason);
  });
});

describe('tokenOutcomes', () => {
  it('lists only the tokens issued by then, in order', () => {
    const w = {
      ...world([hs('hs1', live)]),
      tokens: [token('hs1'), token('nope', { id: 't2', issuedAt: T0 + 10 })],
    };
    expect(tokenOutcomes(w, T0 + 5).map((o) => [o.token.id, o.outcome])).toEqual([['t1', 'accepted']]);
    expect(tokenOutcomes(w, T0 + 10).map((o) => [o.token.id, o.outcome])).toEqual([
      ['t1', 'accepted'],
      ['t2', 'unknown-kid'],
    ]);
  });
});

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

describe('formatSimTime', () => {
  it.each([
    [0, 'T+0'],
    [59, 'T+59s'],
    [3725, 'T+1h 2m 5s'],
    [-90, 'T-1m 30s'],
  ])('formats %i s', (offset, text) => {
    expect(formatSimTime(createWorld({ startS: T0 }), T0 + offset)).toBe(text);
  });
});
