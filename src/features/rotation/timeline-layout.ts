/** Pure geometry for the rotation timeline: the frame, the time range, axis ticks and key phases. */
import type { SimKey, World } from '@/rotation/world';

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

/** Below this width (a phone) labels go above their bars, so the bars can use the whole width. */
export const COMPACT_BELOW_PX = 640;

/** Where things go across the chart, and how tall its rows are, at a given width. */
export interface ChartFrame {
  readonly width: number;
  /** Labels above the bars (a phone) rather than in a column beside them. */
  readonly compact: boolean;
  /** Where the time axis starts and ends (x). */
  readonly left: number;
  readonly right: number;
  readonly keyRow: number;
  readonly cacheRow: number;
  readonly lane: number;
}

/** The frame for a chart `width` pixels wide: a label column and a status column, or neither. */
export function chartFrame(width: number): ChartFrame {
  const compact = width < COMPACT_BELOW_PX;
  return compact
    ? { width, compact, left: 12, right: width - 14, keyRow: 44, cacheRow: 40, lane: 40 }
    : { width, compact, left: 150, right: width - 146, keyRow: 34, cacheRow: 28, lane: 28 };
}

/** A row's label baseline and bar centre: beside each other, or the label above (compact). */
export function rowLines(frame: ChartFrame, top: number, height: number): { labelY: number; barY: number } {
  if (frame.compact) return { labelY: top + 13, barY: top + height - 13 };
  const barY = top + height / 2;
  return { labelY: barY + 4, barY };
}

/** The x of a text label next to a mark at `atX`: after it, or before it if it would run off the chart. */
export function labelBeside(
  atX: number,
  textWidth: number,
  width: number,
): { x: number; anchor: 'start' | 'end' } {
  return atX + 5 + textWidth <= width - 2 ? { x: atX + 5, anchor: 'start' } : { x: atX - 5, anchor: 'end' };
}

/** The x and anchor of an axis label centred on `atX`, pulled in at the edges so it is never cut. */
export function axisLabel(
  atX: number,
  textWidth: number,
  width: number,
): { x: number; anchor: 'start' | 'middle' | 'end' } {
  if (atX - textWidth / 2 < 2) return { x: Math.max(2, atX - 4), anchor: 'start' };
  if (atX + textWidth / 2 > width - 2) return { x: Math.min(width - 2, atX + 4), anchor: 'end' };
  return { x: atX, anchor: 'middle' };
}

/** A rough width of text in the chart's font (sans-serif, ~0.62 em a character): enough to keep it in. */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.62);
}
