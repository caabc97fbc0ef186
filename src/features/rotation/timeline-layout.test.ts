import { describe, expect, it } from 'vitest';
import type { SimKey } from '@/rotation/world';
import {
  axisLabel,
  axisTicks,
  chartFrame,
  keySegments,
  labelBeside,
  rowLines,
  timelineRange,
} from './timeline-layout';
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

describe('chartFrame', () => {
  it.each([
    [326, true, 12, 312],
    [639, true, 12, 625],
    [640, false, 150, 494],
    [1100, false, 150, 954],
  ])('at %ipx: compact %s, axis from %i to %i', (width, compact, left, right) => {
    expect(chartFrame(width)).toMatchObject({ width, compact, left, right });
  });

  it('leaves a phone most of its width for the axis', () => {
    const frame = chartFrame(326);
    expect((frame.right - frame.left) / frame.width).toBeGreaterThan(0.9);
  });
});

describe('rowLines', () => {
  it('puts the label beside the bar, or above it on a phone', () => {
    expect(rowLines(chartFrame(1000), 100, 28)).toEqual({ labelY: 118, barY: 114 });
    expect(rowLines(chartFrame(326), 100, 40)).toEqual({ labelY: 113, barY: 127 });
  });
});

describe('labelBeside', () => {
  it.each([
    [100, 40, 300, { x: 105, anchor: 'start' }],
    [280, 40, 300, { x: 275, anchor: 'end' }],
  ] as const)('a %ipx-wide label at x=%i in %ipx', (atX, width, chart, expected) => {
    expect(labelBeside(atX, width, chart)).toEqual(expected);
  });
});

describe('axisLabel', () => {
  it.each([
    [8, 20, 326, { x: 4, anchor: 'start' }],
    [150, 20, 326, { x: 150, anchor: 'middle' }],
    [318, 40, 326, { x: 322, anchor: 'end' }],
  ] as const)('a label at x=%i, %ipx wide, in %ipx stays inside', (atX, width, chart, expected) => {
    expect(axisLabel(atX, width, chart)).toEqual(expected);
  });
});
