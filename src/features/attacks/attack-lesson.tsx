import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { AttackExperiment } from '@/attacks/experiment';
import { CodeBlock } from '@/components/code-block/code-block';
import { isDebuggerPath } from './attack-run-state';
import { DefenceLink } from './defence-link';

interface AttackLessonProps {
  readonly experiment: AttackExperiment;
  /** The forged token on screen, if the attack has run for these inputs. */
  readonly token?: string;
}

/** What the experiment teaches, whether or not it has run: why, the fix, the reference, and where the app defends. */
export function AttackLesson({ experiment, token }: AttackLessonProps) {
  const { id, why, fix, reference, defence } = experiment;
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
        gap: { xs: 2, md: 2.5 },
        alignItems: 'start',
      }}
    >
      <Box component="section" aria-labelledby={`${id}-why-title`} sx={{ minWidth: 0 }}>
        <Typography
          id={`${id}-why-title`}
          variant="subtitle2"
          component="h3"
          sx={{ fontWeight: 700, mb: 0.5 }}
        >
          Why the naive verifier falls for it and the hardened one does not
        </Typography>
        <Typography variant="body2">{why}</Typography>
        <Typography variant="body2" sx={{ mt: 1.5 }}>
          <Box component="span" sx={{ fontWeight: 600 }}>
            Reference:{' '}
          </Box>
          {reference.url ? (
            // Shown and linked, never fetched: the page itself requests nothing from another origin.
            <Link href={reference.url} target="_blank" rel="noreferrer noopener">
              {reference.label}
            </Link>
          ) : (
            reference.label
          )}
        </Typography>
        {reference.url && (
          <Typography
            variant="caption"
            component="p"
            sx={{ color: 'text.secondary', fontFamily: 'var(--jwt-lab-mono)', wordBreak: 'break-all' }}
          >
            {reference.url}
          </Typography>
        )}
        <Box sx={{ mt: 1.5 }}>
          <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
            The defence in jwt-lab:{' '}
          </Typography>
          <DefenceLink defence={defence} token={token} />
          {token && isDebuggerPath(defence.path) && (
            <Typography variant="caption" component="p" sx={{ color: 'text.secondary' }}>
              Opens the debugger with the forged token above.
            </Typography>
          )}
        </Box>
      </Box>
      <CodeBlock label="The fix" text={fix} maxHeight="none" />
    </Box>
  );
}
