import Box from '@mui/material/Box';
import type { Outcome } from '@/rotation/outcome';
import { OUTCOME_LOOK } from './outcome-look';

/** An outcome as icon and word, in its colour: colour is never the only cue. */
export function OutcomeBadge({ outcome, note }: { readonly outcome: Outcome; readonly note?: string }) {
  const { label, Icon, color } = OUTCOME_LOOK[outcome];
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        fontWeight: 700,
        color,
        whiteSpace: 'nowrap',
      }}
    >
      <Icon fontSize="small" aria-hidden />
      {label}
      {note && (
        <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
          ({note})
        </Box>
      )}
    </Box>
  );
}
