import { useEffect } from 'react';
import Box from '@mui/material/Box';
import type { Outcome, TokenOutcome } from '@/rotation/outcome';
import { formatSimTime, type World } from '@/rotation/world';
import { axisTicks, jwksFetches, timelineRange } from './timeline-layout';
import { KeyRow, TokenLane } from './timeline-rows';
import { useElementWidth } from './use-element-width';

const MIN_WIDTH = 600;
const LABEL_W = 150;
const PAD_R = 16;
const AXIS_H = 46;
const KEY_ROW = 34;
const CACHE_ROW = 28;
const LANE = 26;
const GAP = 14;
const MUTED = { fill: 'var(--mui-palette-text-secondary)' };
const GRID = { stroke: 'var(--mui-palette-divider)' };

interface TimelineChartProps {
  readonly world: World;
  readonly viewS: number;
  readonly outcomes: readonly (TokenOutcome & { readonly token: { readonly id: string } })[];
}

/** The world drawn as SVG: keys as bars, the verifier's JWKS fetches, tokens as dots with their lifetimes. */
export function TimelineChart({ world, viewS, outcomes }: TimelineChartProps) {
  const { ref, width: boxWidth } = useElementWidth<HTMLDivElement>(900);
  const width = Math.max(MIN_WIDTH, boxWidth);
  const { fromS, toS } = timelineRange(world);
  const x = (atS: number) => LABEL_W + ((atS - fromS) / (toS - fromS)) * (width - LABEL_W - PAD_R);
  const cached = world.verifier.jwksCacheTtlS > 0;
  const keysTop = AXIS_H + 18;
  const cacheY = keysTop + world.keys.length * KEY_ROW + 4;
  const tokensTop = cacheY + (cached ? CACHE_ROW : 0) + GAP;
  const height = tokensTop + Math.max(1, world.tokens.length) * LANE + 8;
  const byId = new Map<string, Outcome>(outcomes.map((o) => [o.token.id, o.outcome]));
  const ticks = axisTicks(toS - fromS, Math.floor((width - LABEL_W) / 80));
  const cursorX = x(viewS);
  const counts = summarize(outcomes.map((o) => o.outcome));
  // On a narrow screen the chart scrolls sideways: keep the clock cursor in view as time moves.
  useEffect(() => {
    const box = ref.current;
    if (!box || box.scrollWidth <= box.clientWidth) return;
    const visible = cursorX > box.scrollLeft + LABEL_W && cursorX < box.scrollLeft + box.clientWidth - 24;
    if (!visible) box.scrollLeft = Math.max(0, cursorX - box.clientWidth / 2);
  }, [ref, cursorX]);
  return (
    <Box ref={ref} sx={{ overflowX: 'auto', mx: -0.5 }}>
      <svg
        width={width}
        height={height}
        role="img"
        aria-labelledby="timeline-title timeline-desc"
        style={{ display: 'block' }}
      >
        <title id="timeline-title">Timeline of keys and tokens</title>
        <desc id="timeline-desc">
          {`${world.keys.length} keys and ${world.tokens.length} tokens; at ${formatSimTime(world, viewS)}: ${counts || 'no tokens yet'}. The table of tokens below lists the same.`}
        </desc>
        {ticks.map((offset) => (
          <g key={offset}>
            <line x1={x(fromS + offset)} x2={x(fromS + offset)} y1={AXIS_H - 10} y2={height} style={GRID} />
            <text x={x(fromS + offset)} y={AXIS_H - 16} fontSize={11} textAnchor="middle" style={MUTED}>
              {formatSimTime(world, fromS + offset)}
            </text>
          </g>
        ))}
        <text x={8} y={keysTop - 12} fontSize={11} fontWeight={700} letterSpacing="0.06em" style={MUTED}>
          KEYS
        </text>
        {world.keys.length === 0 && (
          <text x={LABEL_W} y={keysTop + 4} fontSize={12} style={MUTED}>
            No keys yet: pick a scenario or generate a key.
          </text>
        )}
        {world.keys.map((key, index) => (
          <KeyRow key={key.kid} keyInfo={key} y={keysTop + index * KEY_ROW + 6} x={x} endS={world.nowS} />
        ))}
        {cached && (
          <g>
            <text x={8} y={cacheY + 14} fontSize={12} style={MUTED}>
              JWKS fetched
            </text>
            {jwksFetches(world.verifier, fromS, world.nowS).map((at) => (
              <path
                key={at}
                d={`M${x(at)} ${cacheY + 4} l5 8 l-5 8 l-5 -8 Z`}
                style={{ fill: 'var(--mui-palette-secondary-main)' }}
              />
            ))}
          </g>
        )}
        <text x={8} y={tokensTop - 2} fontSize={11} fontWeight={700} letterSpacing="0.06em" style={MUTED}>
          TOKENS
        </text>
        {world.tokens.map((token, index) => (
          <TokenLane
            key={token.id}
            token={token}
            outcome={byId.get(token.id) ?? null}
            y={tokensTop + index * LANE + 14}
            x={x}
            endS={toS}
            width={width}
          />
        ))}
        <line
          x1={cursorX}
          x2={cursorX}
          y1={AXIS_H - 4}
          y2={height}
          strokeWidth={2}
          strokeDasharray="4 3"
          style={{ stroke: 'var(--mui-palette-primary-main)' }}
        />
        <rect
          x={clamp(cursorX - 34, LABEL_W - 30, width - 70)}
          y={2}
          width={68}
          height={18}
          rx={9}
          style={{ fill: 'var(--mui-palette-primary-main)' }}
        />
        <text
          x={clamp(cursorX, LABEL_W + 4, width - 36)}
          y={15}
          fontSize={11}
          fontWeight={700}
          textAnchor="middle"
          style={{ fill: 'var(--mui-palette-primary-contrastText)' }}
        >
          {formatSimTime(world, viewS)}
        </text>
      </svg>
    </Box>
  );
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, n));
}

function summarize(outcomes: readonly Outcome[]): string {
  const counts = new Map<Outcome, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts].map(([outcome, n]) => `${n} ${outcome}`).join(', ');
}
