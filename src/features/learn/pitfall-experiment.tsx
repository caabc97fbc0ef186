import { useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import type { AttackId, AttackRun } from '@/attacks/experiment';
import { ATTACK_EXPERIMENTS } from '@/attacks/experiments';
import type { LabError } from '@/core/errors';
import { FieldError } from '@/components/field-error/field-error';
import { ColoredToken } from '@/components/token-view/colored-token';
import { SelectField } from '@/components/native-field/select-field';
import { AttackInputs } from './attack-inputs';
import { ExperimentBox } from './experiment-box';
import { VerdictLine } from './verdict-line';

const OPTIONS = ATTACK_EXPERIMENTS.map((experiment) => ({ value: experiment.id, label: experiment.title }));

type Outcome =
  { readonly id: AttackId; readonly run: AttackRun } | { readonly id: AttackId; readonly error: LabError };

/** Section 7's experiment: one of the Attacks page's experiments, run here with its default inputs. */
export function PitfallExperiment() {
  const [id, setId] = useState<AttackId>('alg-none');
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const latest = useRef(0);
  const experiment = ATTACK_EXPERIMENTS.find((candidate) => candidate.id === id);
  const run = async () => {
    if (!experiment) return;
    const mine = ++latest.current;
    setRunning(true);
    const inputs = Object.fromEntries(experiment.inputs.map((input) => [input.name, input.initial]));
    try {
      const result = await experiment.run(inputs, { nowMs: Date.now() });
      if (mine === latest.current)
        setOutcome(result.ok ? { id, run: result.value } : { id, error: result.error });
    } finally {
      if (mine === latest.current) setRunning(false);
    }
  };
  const shown = outcome?.id === id ? outcome : null;
  return (
    <ExperimentBox
      title="Run an attack"
      intro="The Attacks page’s own experiments, with their default inputs: the attacker’s step runs live, and the same token bytes go to a deliberately naive verifier and to a hardened one (jose)."
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-end' }}>
        <SelectField
          id="learn-pitfall"
          label="Pitfall"
          value={id}
          options={OPTIONS}
          onChange={setId}
          sx={{ minWidth: { sm: 320 } }}
        />
        <Button
          variant="contained"
          startIcon={<PlayArrowIcon />}
          disabled={running}
          onClick={() => void run()}
        >
          Run the attack
        </Button>
      </Box>
      {experiment && (
        <>
          <Typography variant="body2" sx={{ mt: 1.5, maxWidth: 780 }}>
            {experiment.situation}
          </Typography>
          <AttackInputs inputs={experiment.inputs} />
        </>
      )}
      <Box aria-live="polite">
        {running && (
          <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
            Running…
          </Typography>
        )}
      </Box>
      {shown && 'error' in shown && <FieldError error={shown.error} />}
      {shown && 'run' in shown && (
        <Box sx={{ mt: 2, display: 'grid', gap: 1.5 }}>
          <Box component="ol" sx={{ m: 0, pl: 3, typography: 'body2', '& li': { mb: 0.5 } }}>
            {shown.run.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </Box>
          <ColoredToken token={shown.run.forgedToken} label="The attacker’s token" />
          <Box
            sx={{
              display: 'grid',
              gap: 1.5,
              gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
            }}
          >
            <VerdictLine
              state={shown.run.naive.state}
              good={shown.run.naive.state === 'refused'}
              label="Naive verifier"
            >
              <strong>Naive verifier.</strong> {shown.run.naive.message}{' '}
              <VerdictCode code={shown.run.naive.code} />
            </VerdictLine>
            <VerdictLine
              state={shown.run.hardened.state}
              good={shown.run.hardened.state === 'refused'}
              label="Hardened verifier"
            >
              <strong>Hardened verifier.</strong> {shown.run.hardened.message}{' '}
              <VerdictCode code={shown.run.hardened.code} />
            </VerdictLine>
          </Box>
        </Box>
      )}
    </ExperimentBox>
  );
}

function VerdictCode({ code }: { readonly code: string | undefined }) {
  return code ? <code>{code}</code> : null;
}
