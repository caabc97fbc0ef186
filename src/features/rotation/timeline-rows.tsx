import type { CSSProperties } from 'react';
import type { Outcome } from '@/rotation/outcome';
import { KEY_KIND_ALG, type SimKey, type SimToken } from '@/rotation/world';
import { OUTCOME_LOOK } from './outcome-look';
import { keySegments, type KeyPhase } from './timeline-layout';
import { TokenGlyph } from './token-glyph';

/** Maps a time (unix seconds) to an x position. */
export type XScale = (atS: number) => number;

const TEXT = { fill: 'var(--mui-palette-text-primary)' };
const MUTED = { fill: 'var(--mui-palette-text-secondary)' };
const PRIMARY = 'var(--mui-palette-primary-main)';
const PHASE_STYLE: Record<KeyPhase, { height: number; style: CSSProperties; label: string }> = {
  generated: { height: 4, style: { fill: 'var(--rotation-expired)', opacity: 0.6 }, label: 'generated' },
  published: { height: 14, style: { fill: PRIMARY, opacity: 0.28 }, label: 'published' },
  signing: { height: 14, style: { fill: PRIMARY }, label: 'signing' },
};

interface KeyRowProps {
  readonly keyInfo: SimKey;
  readonly y: number;
  readonly x: XScale;
  readonly endS: number;
}

/** A key as a bar: generated, published, signing; a mark where it was retired or leaked. */
export function KeyRow({ keyInfo: key, y, x, endS }: KeyRowProps) {
  return (
    <g>
      <text x={8} y={y + 4} fontSize={12} fontWeight={700} style={TEXT}>
        {key.kid}
        <tspan fontWeight={400} style={MUTED}>{` · ${KEY_KIND_ALG[key.kind]}`}</tspan>
      </text>
      {keySegments(key, endS).map((segment) => {
        const look = PHASE_STYLE[segment.phase];
        const left = x(segment.fromS);
        const width = Math.max(1, x(segment.toS) - left);
        const onBar = segment.phase === 'signing';
        return (
          <g key={`${segment.phase}-${segment.fromS}`}>
            <rect
              x={left}
              y={y - look.height / 2}
              width={width}
              height={look.height}
              rx={3}
              style={look.style}
            />
            {segment.phase !== 'generated' && width > 64 && (
              <text
                x={left + 6}
                y={y + 4}
                fontSize={11}
                fontWeight={600}
                style={{
                  fill: onBar ? 'var(--mui-palette-primary-contrastText)' : 'var(--mui-palette-text-primary)',
                }}
              >
                {look.label}
              </text>
            )}
          </g>
        );
      })}
      {key.retiredAt !== undefined && key.retiredAt <= endS && (
        <Marker atX={x(key.retiredAt)} y={y} label="retired" color="var(--rotation-retired)" />
      )}
      {key.leakedAt !== undefined && key.leakedAt <= endS && (
        <Marker atX={x(key.leakedAt)} y={y} label="leaked" color="var(--rotation-invalid)" above />
      )}
    </g>
  );
}

function Marker({
  atX,
  y,
  label,
  color,
  above = false,
}: {
  atX: number;
  y: number;
  label: string;
  color: string;
  above?: boolean;
}) {
  return (
    <g>
      <line x1={atX} x2={atX} y1={y - 10} y2={y + 10} strokeWidth={3} style={{ stroke: color }} />
      <text x={atX + 5} y={above ? y - 6 : y + 15} fontSize={11} fontWeight={700} style={{ fill: color }}>
        {label}
      </text>
    </g>
  );
}

interface TokenLaneProps {
  readonly token: SimToken;
  readonly outcome: Outcome | null;
  readonly y: number;
  readonly x: XScale;
  readonly endS: number;
  readonly width: number;
}

/** A token: a dot where it was issued, a line for its lifetime, and its fate at the moment shown. */
export function TokenLane({ token, outcome, y, x, endS, width }: TokenLaneProps) {
  const start = x(token.issuedAt);
  const end = x(Math.min(token.expiresAt, endS));
  const color = outcome ? OUTCOME_LOOK[outcome].color : 'var(--rotation-expired)';
  const text = outcome ? OUTCOME_LOOK[outcome].label.toLowerCase() : 'not issued yet';
  const textWidth = text.length * 7;
  const after = end + 8;
  // A token not issued yet is labelled before its dot, so the label never runs off the right edge.
  const before = outcome === null && start - 12 - textWidth > 150;
  const textX = before
    ? start - 12 - textWidth
    : after + textWidth <= width
      ? after
      : Math.max(start + 12, width - textWidth - 4);
  return (
    <g opacity={outcome ? 1 : 0.55}>
      <text x={8} y={y + 4} fontSize={12} style={TEXT}>
        {token.id}
        <tspan style={MUTED}>{` ${token.subject}${token.forged ? ' (forged)' : ''} · ${token.kid}`}</tspan>
      </text>
      <line
        x1={start}
        x2={end}
        y1={y}
        y2={y}
        strokeWidth={3}
        strokeLinecap="round"
        style={{ stroke: color, opacity: 0.45 }}
      />
      {token.expiresAt <= endS && (
        <line x1={end} x2={end} y1={y - 5} y2={y + 5} strokeWidth={2} style={{ stroke: color }} />
      )}
      <TokenGlyph x={start} y={y} outcome={outcome} />
      <text x={textX} y={y + 4} fontSize={11} fontWeight={outcome ? 700 : 400} style={{ fill: color }}>
        {text}
      </text>
    </g>
  );
}
