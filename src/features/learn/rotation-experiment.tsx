import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { SelectField } from '@/components/native-field/select-field';
import { tokenOutcomes } from '@/rotation/outcome';
import { playScenario } from '@/rotation/play-scenario';
import { keyMomentS, SCENARIOS, type ScenarioId } from '@/rotation/scenarios';
import { formatSimTime } from '@/rotation/world';
import { ExperimentBox } from './experiment-box';
import { MiniTimeline } from './mini-timeline';
import { OUTCOME_STYLE, OUTCOME_VARS_SX } from './outcome-style';
import { TimelineLegend } from './timeline-legend';

/** A fixed, fictional start: the scenario's clock is simulated, so it needs no reading of the real one. */
const START_S = 1_767_225_600;

const OPTIONS = SCENARIOS.map((scenario) => ({ value: scenario.id, label: scenario.title }));

/** Section 6's experiment: the Rotation page's scenarios on a small timeline, scrubbed by the reader. */
export function RotationExperiment() {
  const [id, setId] = useState<ScenarioId>('overlap');
  const scenario = SCENARIOS.find((candidate) => candidate.id === id) ?? SCENARIOS[0];
  const [atS, setAtS] = useState(() => (scenario ? keyMomentS(scenario) : 0));
  const world = useMemo(() => (scenario ? playScenario(scenario, START_S) : null), [scenario]);
  if (!scenario || !world?.ok) return null;
  const outcomes = tokenOutcomes(world.value, START_S + atS);
  const pick = (next: ScenarioId) => {
    const picked = SCENARIOS.find((candidate) => candidate.id === next);
    setId(next);
    if (picked) setAtS(keyMomentS(picked));
  };
  return (
    <ExperimentBox
      title="Rotate a key"
      intro="The Rotation page’s scenarios, played by its simulator: an issuer, a verifier with a JWKS cache, and every token’s fate. Drag the moment, or jump to the moments that matter."
    >
      <Box sx={OUTCOME_VARS_SX}>
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 320px) minmax(0, 1fr)' },
            alignItems: 'end',
          }}
        >
          <SelectField
            id="learn-rotation-scenario"
            label="Scenario"
            value={id}
            options={OPTIONS}
            onChange={pick}
          />
          <Box>
            <Typography
              component="label"
              htmlFor="learn-rotation-moment"
              variant="subtitle2"
              sx={{ display: 'block' }}
            >
              Moment: {formatSimTime(world.value, START_S + atS)}
            </Typography>
            <Box
              component="input"
              type="range"
              id="learn-rotation-moment"
              min={0}
              max={scenario.durationS}
              step={10}
              value={atS}
              aria-valuetext={formatSimTime(world.value, START_S + atS)}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) => setAtS(Number(event.target.value))}
              sx={{ width: '100%', m: 0, accentColor: 'var(--mui-palette-primary-main)' }}
            />
          </Box>
        </Box>
        <Typography variant="body2" sx={{ mt: 1.5, maxWidth: 780 }}>
          {scenario.lesson}
        </Typography>
        <Box
          role="group"
          aria-label="Moments that matter"
          sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1.5 }}
        >
          {scenario.checkpoints.map((checkpoint) => (
            <Button
              key={checkpoint.atS}
              size="small"
              variant={checkpoint.atS === atS ? 'contained' : 'outlined'}
              aria-pressed={checkpoint.atS === atS}
              onClick={() => setAtS(checkpoint.atS)}
            >
              {formatSimTime(world.value, START_S + checkpoint.atS)}: {checkpoint.label}
            </Button>
          ))}
        </Box>
        <Box sx={{ mt: 2 }}>
          <MiniTimeline world={world.value} atS={atS} durationS={scenario.durationS} />
          <TimelineLegend />
        </Box>
        <Box
          component="ul"
          aria-label="What the verifier says now"
          sx={{ listStyle: 'none', m: 0, mt: 2, p: 0, display: 'grid', gap: 0.75 }}
        >
          {outcomes.length === 0 && (
            <Typography component="li" variant="body2">
              No token has been issued yet.
            </Typography>
          )}
          {outcomes.map(({ token, outcome, reason }) => (
            <Box
              component="li"
              key={token.id}
              data-outcome={outcome}
              sx={{ typography: 'body2', overflowWrap: 'anywhere' }}
            >
              <Box component="span" sx={{ fontWeight: 700, color: OUTCOME_STYLE[outcome].color }}>
                {token.id} ({token.subject}, kid {token.kid}): {OUTCOME_STYLE[outcome].word}.
              </Box>{' '}
              {reason}
            </Box>
          ))}
        </Box>
      </Box>
    </ExperimentBox>
  );
}
