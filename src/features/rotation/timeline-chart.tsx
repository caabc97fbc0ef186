import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Outcome, TokenOutcome } from '@/rotation/outcome';
import { outcomeSpans } from '@/rotation/outcome-spans';
import { jwksFetchTimes } from '@/rotation/verifier-view';
import { formatSimTime, type World } from '@/rotation/world';
import { HALO } from './outcome-look';
import { axisLabel, axisTicks, chartFrame, textWidth, timelineRange } from './timeline-layout';
import { CacheRow, KeyRow } from './timeline-rows';
import { TokenLane } from './token-lane';
import { useElementWidth } from './use-element-width';

const AXIS_H = 46;
const HEAD_H = 18;
const MUTED = { ...HALO, fill: 'var(--mui-palette-text-secondary)' };
const GRID = { stroke: 'var(--mui-palette-divider)' };
const PRIMARY = 'var(--mui-palette-primary-main)';

interface TimelineChartProps {
  readonly world: World;
  readonly viewS: number;
  readonly outcomes: readonly (TokenOutcome & { readonly token: { readonly id: string } })[];
}

/**
 * The world drawn as SVG at the width it is given (no sideways scrolling): keys as bars, the
 * verifier's JWKS fetches, and each token as a bar coloured by what the verifier says over time.
 */
export function TimelineChart({ world, viewS, outcomes }: TimelineChartProps) {
  const { ref, width } = useElementWidth<HTMLDivElement>(900);
  const frame = chartFrame(width);
  const { fromS, toS } = timelineRange(world);
  const x = (atS: number) => frame.left + ((atS - fromS) / (toS - fromS)) * (frame.right - frame.left);
  const cached = world.verifier.jwksCacheTtlS > 0;
  const keysTop = AXIS_H + HEAD_H;
  const cacheTop = keysTop + world.keys.length * frame.keyRow;
  const tokensTop = cacheTop + (cached ? frame.cacheRow : 0) + 6 + HEAD_H;
  const height = tokensTop + Math.max(1, world.tokens.length) * frame.lane + 8;
  const byId = new Map<string, Outcome>(outcomes.map((o) => [o.token.id, o.outcome]));
  const ticks = axisTicks(toS - fromS, Math.max(2, Math.floor((frame.right - frame.left) / 80)));
  const cursorX = x(viewS);
  const cursorText = formatSimTime(world, viewS);
  const pillW = textWidth(cursorText, 11) + 16;
  const pillX = Math.min(width - pillW - 1, Math.max(1, cursorX - pillW / 2));
  const counts = summarize(outcomes.map((o) => o.outcome));
  const head = (text: string, y: number) => (
    <text
      x={frame.compact ? frame.left : 8}
      y={y}
      fontSize={11}
      fontWeight={700}
      letterSpacing="0.06em"
      style={MUTED}
    >
      {text}
    </text>
  );
  return (
    <Box ref={ref} sx={{ minWidth: 0 }}>
      {world.keys.length === 0 && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 0.5 }}>
          No keys yet: pick a guided scenario, or generate a key in the issuer panel.
        </Typography>
      )}
      <svg
        width={width}
        height={height}
        role="img"
        aria-labelledby="timeline-title timeline-desc"
        style={{ display: 'block' }}
      >
        <title id="timeline-title">Timeline of keys and tokens</title>
        <desc id="timeline-desc">
          {`${world.keys.length} keys and ${world.tokens.length} tokens; at ${cursorText}: ${counts || 'no tokens yet'}. The table of tokens below lists the same.`}
        </desc>
        {ticks.map((offset) => {
          const label = formatSimTime(world, fromS + offset);
          const place = axisLabel(x(fromS + offset), textWidth(label, 11), width);
          return (
            <g key={offset}>
              <line x1={x(fromS + offset)} x2={x(fromS + offset)} y1={AXIS_H - 10} y2={height} style={GRID} />
              <text x={place.x} y={AXIS_H - 16} fontSize={11} textAnchor={place.anchor} style={MUTED}>
                {label}
              </text>
            </g>
          );
        })}
        {/* Under the rows: a bar at the cursor shows its state there, and labels stay readable. */}
        <line
          x1={cursorX}
          x2={cursorX}
          y1={AXIS_H - 4}
          y2={height}
          strokeWidth={2}
          strokeDasharray="4 3"
          style={{ stroke: PRIMARY }}
        />
        {head('KEYS', keysTop - 4)}
        {world.keys.map((key, index) => (
          <KeyRow
            key={key.kid}
            keyInfo={key}
            top={keysTop + index * frame.keyRow}
            frame={frame}
            x={x}
            endS={world.nowS}
          />
        ))}
        {cached && (
          <CacheRow
            fetches={jwksFetchTimes(world.verifier, fromS, world.nowS)}
            top={cacheTop}
            frame={frame}
            x={x}
          />
        )}
        {head('TOKENS', tokensTop - 4)}
        {world.tokens.length === 0 && (
          <text x={frame.left} y={tokensTop + 16} fontSize={12} style={MUTED}>
            No tokens issued yet.
          </text>
        )}
        {world.tokens.map((token, index) => (
          <TokenLane
            key={token.id}
            token={token}
            outcome={byId.get(token.id) ?? null}
            spans={outcomeSpans(world, token, world.nowS)}
            top={tokensTop + index * frame.lane}
            frame={frame}
            x={x}
          />
        ))}
        <rect x={pillX} y={2} width={pillW} height={18} rx={9} style={{ fill: PRIMARY }} />
        <text
          x={pillX + pillW / 2}
          y={15}
          fontSize={11}
          fontWeight={700}
          textAnchor="middle"
          style={{ fill: 'var(--mui-palette-primary-contrastText)' }}
        >
          {cursorText}
        </text>
      </svg>
    </Box>
  );
}

function summarize(outcomes: readonly Outcome[]): string {
  const counts = new Map<Outcome, number>();
  for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts].map(([outcome, n]) => `${n} ${outcome}`).join(', ');
}
