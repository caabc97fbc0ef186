import Box from '@mui/material/Box';
import { OUTCOMES } from '@/rotation/outcome';
import { OUTCOME_LOOK, spanStroke } from './outcome-look';
import { TokenGlyph } from './token-glyph';

const PHASES = [
  { label: 'key generated', style: { fill: 'var(--rotation-expired)', opacity: 0.6 }, height: 4 },
  {
    label: 'published (accepted)',
    style: { fill: 'var(--mui-palette-primary-main)', opacity: 0.28 },
    height: 12,
  },
  { label: 'signing', style: { fill: 'var(--mui-palette-primary-main)' }, height: 12 },
];

const ITEM_SX = { display: 'flex', alignItems: 'center', gap: 0.75 } as const;

/** What the timeline's shapes and colours mean: key phases, and a token's bar and mark per outcome. */
export function TimelineLegend() {
  return (
    <Box
      component="ul"
      aria-label="Legend"
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        columnGap: 2,
        rowGap: 0.5,
        m: 0,
        p: 0,
        listStyle: 'none',
        typography: 'caption',
        color: 'text.secondary',
      }}
    >
      {PHASES.map((phase) => (
        <Box component="li" key={phase.label} sx={ITEM_SX}>
          <svg width={22} height={14} aria-hidden>
            <rect
              x={0}
              y={7 - phase.height / 2}
              width={22}
              height={phase.height}
              rx={3}
              style={phase.style}
            />
          </svg>
          {phase.label}
        </Box>
      ))}
      {OUTCOMES.map((outcome) => (
        <Box component="li" key={outcome} sx={ITEM_SX}>
          <svg width={44} height={18} aria-hidden>
            <line x1={1} x2={23} y1={9} y2={9} style={spanStroke(outcome)} />
            <TokenGlyph x={35} y={9} outcome={outcome} />
          </svg>
          {OUTCOME_LOOK[outcome].label.toLowerCase()}
        </Box>
      ))}
    </Box>
  );
}
