import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { AttackId } from '@/attacks/experiment';
import { ATTACK_EXPERIMENTS } from '@/attacks/experiments';
import { AttackCard } from './attack-card';
import { useHashTarget } from './use-hash-target';

const IDS = ATTACK_EXPERIMENTS.map((experiment) => experiment.id);

const NOTES: Partial<Record<AttackId, string>> = {
  jku: 'Simulated: nothing is fetched. The attacker’s URL stays text; the naive verifier’s “download” is answered from the attacker’s key set held in this page, so the request never leaves it.',
};

/** The attacks page (`/attacks`): each classic JWT pitfall as an experiment run in the browser. */
export function AttacksPage() {
  const target = useHashTarget(IDS);
  return (
    <Stack spacing={2.5}>
      <Box component="header">
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700, letterSpacing: '-0.02em' }}>
          Attacks
        </Typography>
        <Typography sx={{ color: 'text.secondary', maxWidth: 820, mt: 0.5 }}>
          Whoever holds the secret can forge any token, and most real breaches come from a handful of
          pitfalls. Each card below is one of them as an experiment: the attacker’s step is performed live,
          and the very same token bytes go to a naive verifier and to a hardened one. Edit the inputs and run
          it again.
        </Typography>
        <Typography sx={{ color: 'text.secondary', maxWidth: 820, mt: 1 }}>
          Everything runs in this page: keys are generated here and no token or key is sent anywhere — the
          only download is jwt-lab’s own list of published secrets, from this site, for the weak-secret card.
          The naive verifiers are deliberately broken code, written the way these bugs are usually written:
          never copy them; copy the fixes.
        </Typography>
      </Box>
      <Box component="nav" aria-label="Experiments">
        <Box
          component="ol"
          sx={{
            m: 0,
            pl: 3,
            columns: { xs: 1, sm: 2, lg: 3 },
            columnGap: 4,
            typography: 'body2',
            '& li': { breakInside: 'avoid', py: 0.25 },
          }}
        >
          {ATTACK_EXPERIMENTS.map((experiment) => (
            <li key={experiment.id}>
              <Link href={`#${experiment.id}`}>{experiment.title}</Link>
            </li>
          ))}
        </Box>
      </Box>
      {ATTACK_EXPERIMENTS.map((experiment, index) => (
        <AttackCard
          key={experiment.id}
          experiment={experiment}
          number={index + 1}
          targeted={target === experiment.id}
          note={NOTES[experiment.id]}
        />
      ))}
    </Stack>
  );
}
