import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import GppBadIcon from '@mui/icons-material/GppBad';
import GppGoodIcon from '@mui/icons-material/GppGood';
import type { VerifierVerdict } from '@/attacks/experiment';
import { JsonView } from '@/components/json-view/json-view';

type Verifier = 'naive' | 'hardened';

const WHO: Readonly<Record<Verifier, { readonly title: string; readonly about: string }>> = {
  naive: {
    title: 'Naive verifier',
    about: 'Deliberately broken code, written the way the pitfall is usually written.',
  },
  hardened: {
    title: 'Hardened verifier',
    about: 'jose, with the algorithm pinned, the claims checked and keys never taken from the token.',
  },
};

// An accepted forgery is the bad news, whichever verifier it reached; the word and icon say it too.
const LOOK = {
  accepted: {
    word: 'Accepted',
    sense: 'the attack worked',
    Icon: GppBadIcon,
    light: '#b91c1c',
    dark: '#fca5a5',
  },
  refused: {
    word: 'Refused',
    sense: 'the attack failed',
    Icon: GppGoodIcon,
    light: '#15803d',
    dark: '#86efac',
  },
} as const;

interface VerdictPanelProps {
  readonly attackId: string;
  readonly verifier: Verifier;
  readonly verdict: VerifierVerdict;
}

/** What one verifier said about the forged token: accepted or refused, its code and message, the claims it let in. */
export function VerdictPanel({ attackId, verifier, verdict }: VerdictPanelProps) {
  const { title, about } = WHO[verifier];
  const look = LOOK[verdict.state];
  const headingId = `${attackId}-${verifier}-title`;
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      data-testid={`${verifier}-verdict`}
      data-state={verdict.state}
      sx={(theme: Theme) => ({
        minWidth: 0,
        p: 1.5,
        border: 1,
        borderColor: 'divider',
        borderLeft: 4,
        borderLeftColor: look.light,
        borderRadius: 1,
        ...theme.applyStyles('dark', { borderLeftColor: look.dark }),
      })}
    >
      <Typography id={headingId} variant="subtitle2" component="h4" sx={{ fontWeight: 700 }}>
        {title}
      </Typography>
      <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mb: 1 }}>
        {about}
      </Typography>
      <Box
        sx={(theme: Theme) => ({
          display: 'flex',
          alignItems: 'center',
          gap: 0.75,
          fontWeight: 700,
          color: look.light,
          ...theme.applyStyles('dark', { color: look.dark }),
        })}
      >
        <look.Icon fontSize="small" aria-hidden />
        <span>{look.word}</span>
        <Box component="span" sx={{ fontWeight: 400, color: 'text.secondary' }}>
          — {look.sense}
        </Box>
      </Box>
      {verdict.code && (
        <Box
          component="code"
          sx={{
            display: 'inline-block',
            mt: 1,
            px: 0.75,
            py: 0.25,
            borderRadius: 0.5,
            bgcolor: 'action.hover',
            fontFamily: 'var(--jwt-lab-mono)',
            fontSize: 13,
            wordBreak: 'break-all',
          }}
        >
          {verdict.code}
        </Box>
      )}
      <Typography variant="body2" sx={{ mt: 1 }}>
        {verdict.message}
      </Typography>
      {verdict.claims && (
        <Box sx={{ mt: 1.5 }}>
          <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mb: 0.5 }}>
            Claims handed to the application
          </Typography>
          <JsonView
            text={JSON.stringify(verdict.claims, null, 2)}
            json
            label={`Claims the ${title.toLowerCase()} handed to the application`}
          />
        </Box>
      )}
    </Box>
  );
}
