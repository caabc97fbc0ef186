import type { CSSProperties } from 'react';
import type { SxProps, Theme } from '@mui/material/styles';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ScheduleIcon from '@mui/icons-material/Schedule';
import HelpIcon from '@mui/icons-material/Help';
import BlockIcon from '@mui/icons-material/Block';
import GppBadIcon from '@mui/icons-material/GppBad';
import type { Outcome } from '@/rotation/outcome';

/** How an outcome looks: a word, an icon and a colour (a CSS variable set by `OUTCOME_COLORS_SX`). */
export const OUTCOME_LOOK: Readonly<
  Record<Outcome, { readonly label: string; readonly Icon: typeof CheckCircleIcon; readonly color: string }>
> = {
  accepted: { label: 'Accepted', Icon: CheckCircleIcon, color: 'var(--rotation-accepted)' },
  expired: { label: 'Expired', Icon: ScheduleIcon, color: 'var(--rotation-expired)' },
  'unknown-kid': { label: 'Unknown kid', Icon: HelpIcon, color: 'var(--rotation-unknown-kid)' },
  retired: { label: 'Retired key', Icon: BlockIcon, color: 'var(--rotation-retired)' },
  invalid: { label: 'Invalid signature', Icon: GppBadIcon, color: 'var(--rotation-invalid)' },
};

/** The outcome colours for both schemes, chosen to keep 4.5:1 against the paper in each. */
export const OUTCOME_COLORS_SX: SxProps<Theme> = (theme: Theme) => ({
  '--rotation-accepted': '#15803d',
  '--rotation-expired': '#5b6472',
  '--rotation-unknown-kid': '#b45309',
  '--rotation-retired': '#b91c1c',
  '--rotation-invalid': '#a21caf',
  ...theme.applyStyles('dark', {
    '--rotation-accepted': '#4ade80',
    '--rotation-expired': '#a3acb9',
    '--rotation-unknown-kid': '#fbbf24',
    '--rotation-retired': '#f87171',
    '--rotation-invalid': '#e879f9',
  }),
});

/**
 * How a stretch of a token's bar is drawn: solid while accepted, dashed while refused for its key or
 * signature (so colour is not the only cue), a dotted thread once expired.
 */
export function spanStroke(outcome: Outcome): CSSProperties {
  const stroke = OUTCOME_LOOK[outcome].color;
  if (outcome === 'accepted') return { stroke, strokeWidth: 6 };
  if (outcome === 'expired')
    return { stroke, strokeWidth: 2, strokeDasharray: '0.5 4', strokeLinecap: 'round' };
  return { stroke, strokeWidth: 6, strokeDasharray: '6 3' };
}

/** A label drawn over grid lines and the clock cursor: outlined in the paper colour so it stays readable. */
export const HALO: CSSProperties = {
  stroke: 'var(--mui-palette-background-paper)',
  strokeWidth: 6,
  strokeLinejoin: 'round',
  paintOrder: 'stroke',
};
