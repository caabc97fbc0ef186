import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { AttackRun } from '@/attacks/experiment';
import { FieldError } from '@/components/field-error/field-error';
import type { ShownRun } from './attack-run-state';
import { ForgedTokenView } from './forged-token-view';
import { VerdictPanel } from './verdict-panel';

interface AttackOutcomeProps {
  readonly attackId: string;
  readonly shown: ShownRun;
  /** True when an input error is already shown beside its field. */
  readonly errorAtField: boolean;
}

/** The run's result: the attacker's steps, the token by segment, and both verdicts side by side. */
export function AttackOutcome({ attackId, shown, errorAtField }: AttackOutcomeProps) {
  switch (shown.state) {
    case 'idle':
      return (
        <Placeholder>
          Run the attack to see it performed live: the forged token and what each verifier makes of it appear
          here.
        </Placeholder>
      );
    case 'running':
      return <LinearProgress aria-label="Running the attack" />;
    case 'stale':
      return (
        <Placeholder>
          The inputs changed since the last run. Run the attack again to see the verdicts for these inputs.
        </Placeholder>
      );
    case 'failed':
      return errorAtField ? (
        <Placeholder>The attack could not start: see the input marked above.</Placeholder>
      ) : (
        <FieldError error={shown.error} />
      );
    case 'crashed':
      return (
        <Alert severity="error">
          The experiment stopped unexpectedly ({shown.message}). This is a bug in jwt-lab, not in your inputs.
        </Alert>
      );
    case 'done':
      return <RunResult attackId={attackId} run={shown.run} />;
  }
}

function RunResult({ attackId, run }: { readonly attackId: string; readonly run: AttackRun }) {
  return (
    <Box
      sx={{
        display: 'grid',
        // Wide screens put the verdicts beside the attack, so both are in view together.
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' },
        gap: { xs: 2, lg: 3 },
        alignItems: 'start',
      }}
    >
      <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
        <Box component="section" aria-labelledby={`${attackId}-steps-title`}>
          <Typography
            id={`${attackId}-steps-title`}
            variant="subtitle2"
            component="h3"
            sx={{ fontWeight: 700 }}
          >
            What the attacker did, just now
          </Typography>
          <Box component="ol" sx={{ m: 0, mt: 0.5, pl: 3, typography: 'body2', '& li + li': { mt: 0.25 } }}>
            {run.steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </Box>
        </Box>
        <ForgedTokenView attackId={attackId} token={run.forgedToken} genuineToken={run.genuineToken} />
      </Box>
      <Box component="section" aria-labelledby={`${attackId}-verdicts-title`} sx={{ minWidth: 0 }}>
        <Typography
          id={`${attackId}-verdicts-title`}
          variant="subtitle2"
          component="h3"
          sx={{ fontWeight: 700, mb: 1 }}
        >
          The same bytes at two verifiers
        </Typography>
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: {
              xs: 'minmax(0, 1fr)',
              sm: 'repeat(2, minmax(0, 1fr))',
              lg: 'minmax(0, 1fr)',
            },
            gap: 1.5,
            alignItems: 'start',
          }}
        >
          <VerdictPanel attackId={attackId} verifier="naive" verdict={run.naive} />
          <VerdictPanel attackId={attackId} verifier="hardened" verdict={run.hardened} />
        </Box>
      </Box>
    </Box>
  );
}

function Placeholder({ children }: { readonly children: React.ReactNode }) {
  return (
    <Typography
      variant="body2"
      sx={{
        color: 'text.secondary',
        p: 1.5,
        border: 1,
        borderStyle: 'dashed',
        borderColor: 'divider',
        borderRadius: 1,
      }}
    >
      {children}
    </Typography>
  );
}
