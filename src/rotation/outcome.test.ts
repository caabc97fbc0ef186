import { describe, expect, it } from 'vitest';
import { tokenOutcome, tokenOutcomes, type Outcome } from './outcome';
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
      'a foreign signature',
      world([hs('hs1', live)]),
      token('hs1', { forged: true, signedWithRealKey: false }),
      T0,
      'invalid',
      'does not hold',
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

describe('tokenOutcome past exp', () => {
  // A token past its exp is expired whatever else is true (PRODUCT.md); the reason says what else.
  it.each<[string, World, SimToken, number, string, string | undefined]>([
    ['a sound token', world([hs('hs1', live)]), token('hs1'), T0 + 900, 'session is over', undefined],
    [
      'a key retired after the token expired',
      world([hs('hs1', { ...live, retiredAt: T0 + 1600 })]),
      token('hs1'),
      T0 + 2000,
      'Its key, kid "hs1", has since been retired (at T+26m 40s).',
      'retired',
    ],
    [
      'a key retired while the token was live',
      world([hs('hs1', { ...live, retiredAt: T0 + 10 })]),
      token('hs1'),
      T0 + 2000,
      'had been retired before that, at T+10s',
      'retired',
    ],
    [
      'a key retired in the cached JWKS after the token expired',
      world([es('es1', { ...live, retiredAt: T0 + 1600 })], 300),
      token('es1'),
      T0 + 1800,
      'has since been retired (at T+26m 40s)',
      'retired',
    ],
    [
      'a retired key the cached JWKS still holds',
      world([es('es1', { ...live, retiredAt: T0 + 1600 })], 300),
      token('es1'),
      T0 + 1700,
      'its session is over.',
      undefined,
    ],
    [
      'a kid no key has',
      world([hs('hs1', live)]),
      token('nope'),
      T0 + 900,
      'no key with kid "nope" either',
      'unknown-kid',
    ],
    [
      'an unpublished key',
      world([hs('hs1')]),
      token('hs1'),
      T0 + 900,
      'no key with kid "hs1" either',
      'unknown-kid',
    ],
    [
      'a foreign signature',
      world([hs('hs1', live)]),
      token('hs1', { signedWithRealKey: false }),
      T0 + 5000,
      'does not verify under kid "hs1" either',
      'invalid',
    ],
  ])('%s is expired', (_name, w, t, now, reason, alsoRefusedFor) => {
    const result = tokenOutcome(w, t, now);
    expect(result.outcome).toBe('expired');
    expect(result.reason).toContain('expired at T+15m');
    expect(result.reason).toContain(reason);
    expect(result.alsoRefusedFor).toBe(alsoRefusedFor);
  });

  it.each([
    ['retired', world([hs('hs1', { ...live, retiredAt: T0 + 10 })]), token('hs1')],
    ['invalid', world([hs('hs1', live)]), token('hs1', { signedWithRealKey: false })],
    ['unknown-kid', world([hs('hs1', live)]), token('nope')],
  ])('keeps %s for the same token while it is still within its lifetime', (outcome, w, t) => {
    expect(tokenOutcome(w, t, T0 + 899)).toMatchObject({ outcome });
    expect(tokenOutcome(w, t, T0 + 899).alsoRefusedFor).toBeUndefined();
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
