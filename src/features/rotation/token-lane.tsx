import type { Outcome } from '@/rotation/outcome';
import type { OutcomeSpan } from '@/rotation/outcome-spans';
import type { SimToken } from '@/rotation/world';
import { HALO, OUTCOME_LOOK, spanStroke } from './outcome-look';
import { rowLines, type ChartFrame } from './timeline-layout';
import type { XScale } from './timeline-rows';
import { TokenGlyph } from './token-glyph';

const TEXT = { ...HALO, fill: 'var(--mui-palette-text-primary)' };
const MUTED = { ...HALO, fill: 'var(--mui-palette-text-secondary)' };

interface TokenLaneProps {
  readonly token: SimToken;
  /** Its outcome at the moment shown; `null` when it is not issued yet then. */
  readonly outcome: Outcome | null;
  readonly spans: readonly OutcomeSpan[];
  readonly top: number;
  readonly frame: ChartFrame;
  readonly x: XScale;
}

/** A token: its bar coloured by what the verifier says over time, and its fate at the moment shown. */
export function TokenLane({ token, outcome, spans, top, frame, x }: TokenLaneProps) {
  const { labelY, barY } = rowLines(frame, top, frame.lane);
  const status = outcome ? OUTCOME_LOOK[outcome].label.toLowerCase() : 'not issued yet';
  const statusColor = outcome ? OUTCOME_LOOK[outcome].color : MUTED.fill;
  // Wide: a status column right of the axis; compact: the right end of the label line.
  const glyphX = frame.compact ? frame.width - 10 : frame.right + 18;
  const statusX = frame.compact ? glyphX - 11 : glyphX + 12;
  const first = spans[0]?.outcome;
  return (
    <g opacity={outcome ? 1 : 0.6}>
      <text x={frame.compact ? frame.left : 8} y={labelY} fontSize={12} style={TEXT}>
        {token.id}
        <tspan style={MUTED}>{` ${token.subject}${token.forged ? ' (forged)' : ''} · ${token.kid}`}</tspan>
      </text>
      {spans.map((span) => (
        <line
          key={span.fromS}
          x1={x(span.fromS)}
          x2={x(span.toS)}
          y1={barY}
          y2={barY}
          data-outcome={span.outcome}
          style={spanStroke(span.outcome)}
        />
      ))}
      {first && (
        <circle cx={x(token.issuedAt)} cy={barY} r={4.5} style={{ fill: OUTCOME_LOOK[first].color }} />
      )}
      {spans.some((span) => span.fromS === token.expiresAt) && (
        <line
          x1={x(token.expiresAt)}
          x2={x(token.expiresAt)}
          y1={barY - 6}
          y2={barY + 6}
          strokeWidth={2}
          style={{ stroke: 'var(--rotation-expired)' }}
        />
      )}
      <TokenGlyph x={glyphX} y={frame.compact ? labelY - 4 : barY} outcome={outcome} />
      <text
        x={statusX}
        y={labelY}
        fontSize={11}
        fontWeight={outcome ? 700 : 400}
        textAnchor={frame.compact ? 'end' : 'start'}
        style={{ ...HALO, fill: statusColor }}
      >
        {status}
      </text>
    </g>
  );
}
