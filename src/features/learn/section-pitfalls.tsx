import Box from '@mui/material/Box';
import { ATTACK_EXPERIMENTS } from '@/attacks/experiments';
import { AppLink } from './app-link';
import { LessonSection } from './lesson-section';
import { PitfallExperiment } from './pitfall-experiment';

/** 7. Pitfalls: the list, each linked to its experiment on /attacks. */
export function SectionPitfalls() {
  return (
    <LessonSection
      id="pitfalls"
      experiment={<PitfallExperiment />}
      check={{
        question:
          'What do "alg": "none" and RS256→HS256 confusion have in common, and what one setting stops both?',
        answer:
          'Both let the token choose how it is verified. A verifier that pins the algorithms it accepts (and uses each key only with its own algorithm) refuses both before it looks at the signature (RFC 8725 §3.1).',
      }}
      deeper={
        <AppLink to="/attacks" arrow>
          All {ATTACK_EXPERIMENTS.length} experiments, with their fixes, on Attacks
        </AppLink>
      }
    >
      <p>
        Nearly every JWT breach is one of a short list of mistakes, and RFC 8725 (JSON Web Token Best Current
        Practices) names them. Each one below is an experiment on the Attacks page, run live against a
        deliberately naive verifier and a hardened one: jose with the algorithms pinned, the claims checked
        and keys never taken from the token.
      </p>
      <Box
        component="ol"
        aria-label="The pitfalls"
        sx={{ columns: { xs: 1, md: 2 }, columnGap: 4, '& li': { breakInside: 'avoid', mb: 0.5 } }}
      >
        {ATTACK_EXPERIMENTS.map((experiment) => (
          <li key={experiment.id}>
            <AppLink to={`/attacks#${experiment.id}`}>{experiment.title}</AppLink>
          </li>
        ))}
      </Box>
      <p>
        Two more need no attacker to hurt: long-lived tokens, which stay valid long after a leak or a logout
        (keep <code>exp</code> short, section 6), and a secret read in the wrong encoding — base64 text used
        as UTF-8 is another key, so tokens fail or, worse, a weak key is used. The Debugger says when another
        encoding verifies.
      </p>
      <p>
        Run one attack here and the pattern shows: the naive verifier lets the forged token in; the hardened
        one refuses the very same bytes.
      </p>
    </LessonSection>
  );
}
