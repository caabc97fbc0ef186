import { describe, expect, it } from 'vitest';
import type { SimKey } from '@/rotation/world';
import { axisTicks, jwksFetches, keySegments, timelineRange } from './timeline-layout';
import { createWorld } from '@/rotation/world';

describe('timelineRange', () => {
  it.each([
    [0, 636],
    [2000, 2120],
  ])('draws a clock at +%is up to +%is', (elapsed, span) => {
    const world = { ...createWorld({ startS: 1000 }), nowS: 1000 + elapsed };
    expect(timelineRange(world)).toEqual({ fromS: 1000, toS: 1000 + span });
  });
});

describe('axisTicks', () => {
  it.each([
    [600, 12, [0, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600]],
    [2000, 8, [0, 300, 600, 900, 1200, 1500, 1800]],
    [4000, 3, [0, 1800, 3600]],
  ])('spaces ticks over %is with at most %i ticks', (span, max, expected) => {
    expect(axisTicks(span, max)).toEqual(expected);
  });
});

describe('keySegments', () => {
  const key: SimKey = {
    kid: 'k1',
    kind: 'es256',
    createdAt: 0,
    publishedAt: 100,
    signingFrom: 200,
    signingUntil: 500,
    retiredAt: 800,
  };

  it('splits a full life into its phases', () => {
    expect(keySegments(key, 1000)).toEqual([
      { fromS: 0, toS: 100, phase: 'generated' },
      { fromS: 100, toS: 200, phase: 'published' },
      { fromS: 200, toS: 500, phase: 'signing' },
      { fromS: 500, toS: 800, phase: 'published' },
    ]);
  });

  it('stops at the end of the range', () => {
    expect(keySegments(key, 300)).toEqual([
      { fromS: 0, toS: 100, phase: 'generated' },
      { fromS: 100, toS: 200, phase: 'published' },
      { fromS: 200, toS: 300, phase: 'signing' },
    ]);
  });

  it('shows signing before publishing as signing', () => {
    expect(keySegments({ kid: 'k2', kind: 'hmac', createdAt: 0, signingFrom: 0 }, 60)).toEqual([
      { fromS: 0, toS: 60, phase: 'signing' },
    ]);
  });
});

describe('jwksFetches', () => {
  it.each([
    [{ jwksCacheTtlS: 0, cacheRefreshes: [0] }, 0, 4000, []],
    [{ jwksCacheTtlS: 3600, cacheRefreshes: [0] }, 0, 4000, [0, 3600]],
    [{ jwksCacheTtlS: 300, cacheRefreshes: [0, 450] }, 0, 1000, [0, 300, 450, 750]],
  ])('lists the fetches of %j in [%i, %i]', (verifier, from, to, expected) => {
    expect(jwksFetches(verifier, from, to)).toEqual(expected);
  });
});
