import type { Outcome } from '@/rotation/outcome';
import { OUTCOME_LOOK } from './outcome-look';

const R = 6;

/** A token's dot on the timeline; each outcome has its own shape, so colour is not the only cue. */
export function TokenGlyph({
  x,
  y,
  outcome,
}: {
  readonly x: number;
  readonly y: number;
  readonly outcome: Outcome | null;
}) {
  if (outcome === null)
    return (
      <circle
        cx={x}
        cy={y}
        r={R - 1}
        fill="none"
        strokeWidth={1.5}
        style={{ stroke: 'var(--rotation-expired)' }}
      />
    );
  const color = OUTCOME_LOOK[outcome].color;
  const mark = {
    stroke: 'var(--mui-palette-background-paper)',
    strokeWidth: 1.6,
    fill: 'none',
    strokeLinecap: 'round' as const,
  };
  switch (outcome) {
    case 'accepted':
      return (
        <g>
          <circle cx={x} cy={y} r={R + 1} style={{ fill: color }} />
          <path d={`M${x - 3} ${y} l2 2.5 l4 -4.5`} style={mark} />
        </g>
      );
    case 'expired':
      return (
        <g>
          <circle
            cx={x}
            cy={y}
            r={R}
            strokeWidth={2}
            style={{ stroke: color, fill: 'var(--mui-palette-background-paper)' }}
          />
          <path d={`M${x} ${y - 3} v3 h2.5`} strokeWidth={1.5} fill="none" style={{ stroke: color }} />
        </g>
      );
    case 'unknown-kid':
      return (
        <g>
          <path
            d={`M${x} ${y - R - 2} L${x + R + 2} ${y} L${x} ${y + R + 2} L${x - R - 2} ${y} Z`}
            style={{ fill: color }}
          />
          <text
            x={x}
            y={y + 3.5}
            textAnchor="middle"
            fontSize={10}
            fontWeight={700}
            style={{ fill: 'var(--mui-palette-background-paper)' }}
          >
            ?
          </text>
        </g>
      );
    case 'retired':
      return (
        <g>
          <rect x={x - R} y={y - R} width={R * 2} height={R * 2} rx={2} style={{ fill: color }} />
          <path d={`M${x - 3} ${y - 3} l6 6 M${x + 3} ${y - 3} l-6 6`} style={mark} />
        </g>
      );
    case 'invalid':
      return (
        <g>
          <path
            d={`M${x} ${y - R - 2} L${x + R + 2} ${y + R} L${x - R - 2} ${y + R} Z`}
            style={{ fill: color }}
          />
          <path d={`M${x} ${y - 3} v3.5 M${x} ${y + 4.5} v0.5`} style={mark} />
        </g>
      );
  }
}
