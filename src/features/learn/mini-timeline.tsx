import Box from '@mui/material/Box';
import { outcomeSpans } from '@/rotation/outcome-spans';
import { formatSimTime, type World } from '@/rotation/world';
import { spanLook } from './outcome-style';

interface MiniTimelineProps {
  readonly world: World;
  /** The moment shown, as an offset in seconds from the world's start. */
  readonly atS: number;
  readonly durationS: number;
}

const LABEL_W = 76;

/** Keys and tokens over the scenario's time: each token's bar coloured by the verifier's outcome. */
export function MiniTimeline({ world, atS, durationS }: MiniTimelineProps) {
  const end = world.startS + durationS;
  const pct = (s: number) => `${(100 * Math.min(Math.max(s - world.startS, 0), durationS)) / durationS}%`;
  const width = (from: number, to: number) =>
    `${(100 * (Math.min(to, end) - Math.max(from, world.startS))) / durationS}%`;
  const rows = [
    ...world.keys.map((key) => ({
      id: `key-${key.kid}`,
      label: `key ${key.kid}`,
      bars: [
        ...(key.publishedAt !== undefined
          ? [
              {
                from: key.publishedAt,
                to: key.retiredAt ?? end,
                style: { height: 4, background: 'var(--mui-palette-text-secondary)' },
              },
            ]
          : []),
        ...(key.signingFrom !== undefined
          ? [
              {
                from: key.signingFrom,
                to: key.signingUntil ?? end,
                style: { height: 10, background: 'var(--mui-palette-primary-main)' },
              },
            ]
          : []),
      ],
    })),
    ...world.tokens.map((token) => ({
      id: token.id,
      label: `${token.id} ${token.subject}`,
      bars: outcomeSpans(world, token, end).map((span) => ({
        from: span.fromS,
        to: span.toS,
        style: spanLook(span.outcome),
      })),
    })),
  ];
  return (
    <Box
      aria-hidden
      sx={{
        position: 'relative',
        display: 'grid',
        gap: 0.5,
        fontSize: 12,
        fontFamily: 'var(--jwt-lab-mono)',
      }}
    >
      {rows.map((row) => (
        <Box
          key={row.id}
          sx={{
            display: 'grid',
            gridTemplateColumns: `${LABEL_W}px 1fr`,
            alignItems: 'center',
            minHeight: 16,
          }}
        >
          <Box
            sx={{
              color: 'text.secondary',
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            }}
          >
            {row.label}
          </Box>
          <Box sx={{ position: 'relative', height: 12, borderBottom: 1, borderColor: 'divider' }}>
            {row.bars.map((bar, index) => (
              <Box
                key={index}
                sx={{
                  position: 'absolute',
                  top: '50%',
                  transform: 'translateY(-50%)',
                  left: pct(bar.from),
                  width: width(bar.from, bar.to),
                  borderRadius: '2px',
                  ...bar.style,
                }}
              />
            ))}
          </Box>
        </Box>
      ))}
      <Box sx={{ display: 'grid', gridTemplateColumns: `${LABEL_W}px 1fr`, color: 'text.secondary' }}>
        <span />
        <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
          <span>{formatSimTime(world, world.startS)}</span>
          <span>{formatSimTime(world, end)}</span>
        </Box>
      </Box>
      <Box
        sx={{
          position: 'absolute',
          top: -4,
          bottom: 16,
          left: `calc(${LABEL_W}px + (100% - ${LABEL_W}px) * ${atS / durationS})`,
          borderLeft: 2,
          borderColor: 'text.primary',
        }}
      />
    </Box>
  );
}
