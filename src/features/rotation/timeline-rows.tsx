import type { CSSProperties } from 'react';
import { KEY_KIND_ALG, type SimKey } from '@/rotation/world';
import { HALO } from './outcome-look';
import {
  keySegments,
  labelBeside,
  rowLines,
  textWidth,
  type ChartFrame,
  type KeyPhase,
} from './timeline-layout';

/** Maps a time (unix seconds) to an x position. */
export type XScale = (atS: number) => number;

const TEXT = { ...HALO, fill: 'var(--mui-palette-text-primary)' };
const MUTED = { ...HALO, fill: 'var(--mui-palette-text-secondary)' };
const PRIMARY = 'var(--mui-palette-primary-main)';
const PHASE_STYLE: Record<KeyPhase, { height: number; style: CSSProperties; label: string }> = {
  generated: { height: 4, style: { fill: 'var(--rotation-expired)', opacity: 0.6 }, label: 'generated' },
  published: { height: 14, style: { fill: PRIMARY, opacity: 0.28 }, label: 'published' },
  signing: { height: 14, style: { fill: PRIMARY }, label: 'signing' },
};

interface KeyRowProps {
  readonly keyInfo: SimKey;
  readonly top: number;
  readonly frame: ChartFrame;
  readonly x: XScale;
  readonly endS: number;
}

/** A key as a bar: generated, published, signing; a mark where it was retired or leaked. */
export function KeyRow({ keyInfo: key, top, frame, x, endS }: KeyRowProps) {
  const { labelY, barY } = rowLines(frame, top, frame.keyRow);
  return (
    <g>
      <text x={frame.compact ? frame.left : 8} y={labelY} fontSize={12} fontWeight={700} style={TEXT}>
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
              y={barY - look.height / 2}
              width={width}
              height={look.height}
              rx={3}
              style={look.style}
            />
            {segment.phase !== 'generated' && width > textWidth(look.label, 11) + 12 && (
              <text
                x={left + 6}
                y={barY + 4}
                fontSize={11}
                fontWeight={600}
                style={{ fill: onBar ? 'var(--mui-palette-primary-contrastText)' : TEXT.fill }}
              >
                {look.label}
              </text>
            )}
          </g>
        );
      })}
      {key.retiredAt !== undefined && key.retiredAt <= endS && (
        <Marker
          atX={x(key.retiredAt)}
          y={barY}
          width={frame.width}
          label="retired"
          color="var(--rotation-retired)"
          above={frame.compact}
        />
      )}
      {key.leakedAt !== undefined && key.leakedAt <= endS && (
        <Marker
          atX={x(key.leakedAt)}
          y={barY}
          width={frame.width}
          label="leaked"
          color="var(--rotation-invalid)"
          above
        />
      )}
    </g>
  );
}

function Marker({
  atX,
  y,
  width,
  label,
  color,
  above = false,
}: {
  atX: number;
  y: number;
  width: number;
  label: string;
  color: string;
  above?: boolean;
}) {
  const place = labelBeside(atX, textWidth(label, 11), width);
  return (
    <g>
      <line x1={atX} x2={atX} y1={y - 10} y2={y + 10} strokeWidth={3} style={{ stroke: color }} />
      <text
        x={place.x}
        y={above ? y - 6 : y + 15}
        textAnchor={place.anchor}
        fontSize={11}
        fontWeight={700}
        style={{ ...HALO, fill: color }}
      >
        {label}
      </text>
    </g>
  );
}

interface CacheRowProps {
  readonly fetches: readonly number[];
  readonly top: number;
  readonly frame: ChartFrame;
  readonly x: XScale;
}

/** The moments the verifier fetched the JWKS, as diamonds. */
export function CacheRow({ fetches, top, frame, x }: CacheRowProps) {
  const { labelY, barY } = rowLines(frame, top, frame.cacheRow);
  return (
    <g>
      <text x={frame.compact ? frame.left : 8} y={labelY} fontSize={12} style={MUTED}>
        JWKS fetched
      </text>
      {fetches.map((at) => (
        <path
          key={at}
          d={`M${x(at)} ${barY - 8} l5 8 l-5 8 l-5 -8 Z`}
          style={{ fill: 'var(--mui-palette-secondary-main)' }}
        />
      ))}
    </g>
  );
}
