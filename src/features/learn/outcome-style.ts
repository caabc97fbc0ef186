import type { SxProps, Theme } from '@mui/material/styles';
import type { Outcome } from '@/rotation/outcome';

/** Each verifier outcome as a word and a colour (a CSS variable, set for both schemes by `OUTCOME_VARS_SX`). */
export const OUTCOME_STYLE: Readonly<Record<Outcome, { readonly word: string; readonly color: string }>> = {
  accepted: { word: 'Accepted', color: 'var(--learn-accepted)' },
  expired: { word: 'Expired', color: 'var(--learn-expired)' },
  'unknown-kid': { word: 'Unknown kid', color: 'var(--learn-unknown-kid)' },
  retired: { word: 'Retired key', color: 'var(--learn-retired)' },
  invalid: { word: 'Invalid signature', color: 'var(--learn-invalid)' },
};

/** The outcome colours, at least 4.5:1 against the paper in either scheme (the Rotation page's palette). */
export const OUTCOME_VARS_SX: SxProps<Theme> = (theme: Theme) => ({
  '--learn-accepted': '#15803d',
  '--learn-expired': '#5b6472',
  '--learn-unknown-kid': '#b45309',
  '--learn-retired': '#b91c1c',
  '--learn-invalid': '#a21caf',
  ...theme.applyStyles('dark', {
    '--learn-accepted': '#4ade80',
    '--learn-expired': '#a3acb9',
    '--learn-unknown-kid': '#fbbf24',
    '--learn-retired': '#f87171',
    '--learn-invalid': '#e879f9',
  }),
});

/** How a stretch of a token's bar looks: solid while accepted, hatched while refused, a thin line once expired. */
export function spanLook(outcome: Outcome): Record<string, string | number> {
  const color = OUTCOME_STYLE[outcome].color;
  if (outcome === 'accepted') return { background: color, height: 10 };
  if (outcome === 'expired') return { background: color, height: 2 };
  return {
    background: `repeating-linear-gradient(135deg, ${color} 0 4px, transparent 4px 7px)`,
    height: 10,
    outline: `1px solid ${color}`,
  };
}
