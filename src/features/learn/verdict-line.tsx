import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import GppBadIcon from '@mui/icons-material/GppBad';
import GppGoodIcon from '@mui/icons-material/GppGood';

/** What a verifier did with a token. */
export type VerifierState = 'accepted' | 'refused';

interface VerdictLineProps {
  readonly state: VerifierState;
  /** Whether this outcome is good news (a genuine token accepted, a forgery refused) or bad. */
  readonly good: boolean;
  /** Names the verdict for tests and screen readers, e.g. "Verifier's verdict". */
  readonly label: string;
  /** Why, in a sentence. */
  readonly children: ReactNode;
}

const COLORS = { good: ['#15803d', '#86efac'], bad: ['#b91c1c', '#fca5a5'] } as const;

/** "Accepted" or "Refused", with an icon and a colour that say whether that is what should happen. */
export function VerdictLine({ state, good, label, children }: VerdictLineProps) {
  const [light, dark] = COLORS[good ? 'good' : 'bad'];
  const Icon = good ? GppGoodIcon : GppBadIcon;
  return (
    <Box
      role="status"
      aria-label={label}
      data-state={state}
      sx={(theme: Theme) => ({
        p: 1.25,
        borderRadius: 1,
        border: 1,
        borderColor: 'divider',
        borderLeft: 4,
        borderLeftColor: light,
        ...theme.applyStyles('dark', { borderLeftColor: dark }),
      })}
    >
      <Box
        sx={(theme: Theme) => ({
          display: 'flex',
          alignItems: 'center',
          gap: 0.75,
          fontWeight: 700,
          color: light,
          ...theme.applyStyles('dark', { color: dark }),
        })}
      >
        <Icon fontSize="small" aria-hidden />
        {state === 'accepted' ? 'Accepted' : 'Refused'}
      </Box>
      <Typography variant="body2" component="div" sx={{ mt: 0.25, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}
