import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import type { AttackExperiment } from '@/attacks/experiment';
import { AttackInputsPanel } from './attack-inputs-panel';
import { AttackLesson } from './attack-lesson';
import { AttackOutcome } from './attack-outcome';
import { initialInputs, inputForError, showRun, type AttackInputs, type ShownRun } from './attack-run-state';
import { useAttackRun } from './use-attack-run';

interface AttackCardProps {
  readonly experiment: AttackExperiment;
  readonly number: number;
  /** True when the location's fragment names this card (it is then scrolled to and focused). */
  readonly targeted: boolean;
  /** A note shown under the situation (the jku card says nothing is fetched). */
  readonly note?: string;
}

/** One pitfall as an experiment: the situation, editable inputs, the live attack, both verdicts, the lesson. */
export function AttackCard({ experiment, number, targeted, note }: AttackCardProps) {
  const { id, title, situation, inputs: fields } = experiment;
  const [inputs, setInputs] = useState<AttackInputs>(() => initialInputs(fields));
  const [open, setOpen] = useState(false);
  const { view, run, cancel } = useAttackRun(experiment);
  const shown = showRun(view, inputs);
  const errorField = shown.state === 'failed' ? inputForError(shown.error, fields) : null;
  const start = () => run(inputs, Date.now());
  return (
    <Paper
      component="section"
      id={id}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      data-testid="attack-card"
      data-attack={id}
      data-targeted={targeted || undefined}
      sx={{
        p: { xs: 1.5, sm: 2.5 },
        minWidth: 0,
        // The sticky app bar is one row from md up and two rows (logo, then links) below it.
        scrollMarginTop: { xs: 116, md: 72 },
        outline: 'none',
        '&[data-targeted]:focus': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main' },
      }}
    >
      <Stack spacing={2}>
        <Box>
          <Typography
            id={`${id}-title`}
            variant="h6"
            component="h2"
            sx={{ fontWeight: 700, lineHeight: 1.3 }}
          >
            <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
              {number}.
            </Box>
            {title}
          </Typography>
          <Typography sx={{ mt: 0.5, maxWidth: 900 }}>{situation}</Typography>
          {note && (
            <Alert severity="info" sx={{ mt: 1 }}>
              {note}
            </Alert>
          )}
        </Box>
        <AttackInputsPanel
          attackId={id}
          fields={fields}
          values={inputs}
          open={open || errorField !== null}
          onOpenChange={setOpen}
          onChange={(name, value) => setInputs((shownInputs) => ({ ...shownInputs, [name]: value }))}
          onReset={() => setInputs(initialInputs(fields))}
          error={
            errorField !== null && shown.state === 'failed' ? { field: errorField, error: shown.error } : null
          }
        />
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
          <Button variant="contained" startIcon={<PlayArrowIcon />} onClick={start}>
            Run the attack
          </Button>
          {view.state === 'running' && (
            <Button variant="outlined" onClick={cancel}>
              Cancel
            </Button>
          )}
          <Typography role="status" variant="body2" sx={{ color: 'text.secondary' }}>
            {statusText(shown)}
          </Typography>
        </Stack>
        <AttackOutcome attackId={id} shown={shown} errorAtField={errorField !== null} />
        <AttackLesson
          experiment={experiment}
          token={shown.state === 'done' ? shown.run.forgedToken : undefined}
        />
      </Stack>
    </Paper>
  );
}

function statusText(shown: ShownRun): string {
  switch (shown.state) {
    case 'running':
      return 'Running the attack…';
    case 'done':
      return `Naive verifier: ${shown.run.naive.state}. Hardened verifier: ${shown.run.hardened.state}.`;
    case 'failed':
      return 'The attack could not run with these inputs.';
    default:
      return '';
  }
}
