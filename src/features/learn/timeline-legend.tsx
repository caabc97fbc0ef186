import Box from '@mui/material/Box';
import type { Outcome } from '@/rotation/outcome';
import { OUTCOME_STYLE, spanLook } from './outcome-style';

const SHOWN: readonly Outcome[] = ['accepted', 'unknown-kid', 'retired', 'invalid', 'expired'];

/** What the timeline's marks mean; the list below it says the same in words. */
export function TimelineLegend() {
  return (
    <Box
      component="ul"
      aria-label="Legend"
      sx={{
        listStyle: 'none',
        m: 0,
        mt: 1,
        p: 0,
        display: 'flex',
        flexWrap: 'wrap',
        columnGap: 2,
        rowGap: 0.5,
        typography: 'caption',
        color: 'text.secondary',
      }}
    >
      <LegendItem look={{ height: 10, background: 'var(--mui-palette-primary-main)' }} text="key signs" />
      <LegendItem
        look={{ height: 4, background: 'var(--mui-palette-text-secondary)' }}
        text="key published"
      />
      {SHOWN.map((outcome) => (
        <LegendItem
          key={outcome}
          look={spanLook(outcome)}
          text={`token ${OUTCOME_STYLE[outcome].word.toLowerCase()}`}
        />
      ))}
    </Box>
  );
}

function LegendItem({
  look,
  text,
}: {
  readonly look: Record<string, string | number>;
  readonly text: string;
}) {
  return (
    <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
      <Box aria-hidden sx={{ width: 24, borderRadius: '2px', ...look }} />
      {text}
    </Box>
  );
}
