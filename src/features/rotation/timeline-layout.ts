/** Pure geometry for the rotation timeline: the time range, axis ticks, key phases and JWKS fetches. */
import type { SimKey, VerifierConfig, World } from '@/rotation/world';

/** What a stretch of a key's bar means. */
export type KeyPhase = 'generated' | 'published' | 'signing';

export interface KeySegment {
  readonly fromS: number;
  readonly toS: number;
  readonly phase: KeyPhase;
}

const TICK_STEPS_S = [60, 300, 600, 900, 1800, 3600, 7200, 21_600, 43_200, 86_400];

/** The time range drawn: from the start to a little past the clock (at least ten minutes). */
export function timelineRange(world: World): { fromS: number; toS: number } {
  const span = Math.max(600, world.nowS - world.startS);
  return { fromS: world.startS, toS: world.startS + Math.ceil(span * 1.06) };
}

/** Axis ticks (offsets from the start, in seconds) spaced so that at most `maxTicks` fit. */
export function axisTicks(spanS: number, maxTicks: number): number[] {
  const step =
    TICK_STEPS_S.find((s) => spanS / s <= maxTicks) ?? 86_400 * Math.ceil(spanS / 86_400 / maxTicks);
  const ticks: number[] = [];
  for (let at = 0; at <= spanS; at += step) ticks.push(at);
  return ticks;
}

/** A key's life as bar segments, up to `endS`: generated, then published, signing while it signs. */
export function keySegments(key: SimKey, endS: number): KeySegment[] {
  const until = Math.min(endS, key.retiredAt ?? endS);
  const cuts = [key.createdAt, key.publishedAt, key.signingFrom, key.signingUntil, until]
    .filter((at): at is number => at !== undefined && at <= until)
    .sort((a, b) => a - b);
  const segments: KeySegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const fromS = cuts[i] ?? 0;
    const toS = cuts[i + 1] ?? 0;
    if (toS > fromS) segments.push({ fromS, toS, phase: phaseAt(key, fromS) });
  }
  return segments;
}

function phaseAt(key: SimKey, atS: number): KeyPhase {
  const signing =
    key.signingFrom !== undefined &&
    key.signingFrom <= atS &&
    (key.signingUntil === undefined || atS < key.signingUntil);
  if (signing) return 'signing';
  return key.publishedAt !== undefined && key.publishedAt <= atS ? 'published' : 'generated';
}

/** Every moment the verifier fetched the JWKS in [fromS, toS]: on demand, and once per TTL after each. */
export function jwksFetches(verifier: VerifierConfig, fromS: number, toS: number): number[] {
  if (verifier.jwksCacheTtlS <= 0) return [];
  const refreshes = [...verifier.cacheRefreshes].sort((a, b) => a - b);
  const fetches: number[] = [];
  refreshes.forEach((at, index) => {
    const next = refreshes[index + 1] ?? Infinity;
    for (let t = at; t < next && t <= toS; t += verifier.jwksCacheTtlS) if (t >= fromS) fetches.push(t);
  });
  return fetches;
}
