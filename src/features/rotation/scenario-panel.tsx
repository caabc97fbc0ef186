import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SCENARIOS, type ScenarioId } from '@/rotation/scenarios';
import { formatSimTime, type World } from '@/rotation/world';

/** The buttons' names are a contract of the e2e journeys. */
const BUTTON_LABELS: Record<ScenarioId, string> = {
  overlap: 'Rotate with overlap',
  'no-overlap': 'Rotate without overlap',
  'leaked-secret': 'Emergency rotation',
  'stale-jwks-cache': 'Stale JWKS cache',
};

interface ScenarioPanelProps {
  readonly activeId: ScenarioId | null;
  readonly world: World;
  readonly viewS: number;
  readonly onPick: (id: ScenarioId) => void;
  readonly onView: (atS: number) => void;
}

/** One click per guided scenario; the lesson, and the moments worth looking at. */
export function ScenarioPanel({ activeId, world, viewS, onPick, onView }: ScenarioPanelProps) {
  const active = SCENARIOS.find((scenario) => scenario.id === activeId);
  return (
    <Paper component="section" aria-labelledby="scenarios-title" sx={{ p: 2 }}>
      <Typography id="scenarios-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        Guided scenarios
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
        Each plays a short script of real keys and tokens; then move the clock back and forth to watch every
        token&apos;s fate change.
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, max-content)', lg: '1fr 1fr' },
          gap: 1,
        }}
      >
        {SCENARIOS.map((scenario) => (
          <Button
            key={scenario.id}
            variant={scenario.id === activeId ? 'contained' : 'outlined'}
            aria-pressed={scenario.id === activeId}
            onClick={() => onPick(scenario.id)}
          >
            {BUTTON_LABELS[scenario.id]}
          </Button>
        ))}
      </Box>
      {active && (
        <Box sx={{ mt: 2 }}>
          <Alert severity="info" icon={false}>
            <Typography component="h3" variant="subtitle2" sx={{ fontWeight: 700 }}>
              {active.title}
            </Typography>
            <Typography variant="body2">{active.lesson}</Typography>
          </Alert>
          <Typography component="h3" variant="subtitle2" sx={{ mt: 1.5, mb: 0.75 }}>
            Moments to look at
          </Typography>
          <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mb: 0.75 }}>
            The scenario opens at its key moment; each other moment is one click away.
          </Typography>
          <Stack component="ol" spacing={0.75} sx={{ m: 0, p: 0, listStyle: 'none' }}>
            {active.checkpoints.map((checkpoint) => {
              const atS = world.startS + checkpoint.atS;
              const here = viewS === atS;
              return (
                <li key={checkpoint.atS}>
                  <Button
                    size="small"
                    variant={here ? 'contained' : 'text'}
                    aria-pressed={here}
                    onClick={() => onView(atS)}
                    sx={{ justifyContent: 'flex-start', textAlign: 'left', gap: 1 }}
                  >
                    <Box
                      component="span"
                      sx={{ fontFamily: 'var(--jwt-lab-mono)', minWidth: 84, flexShrink: 0 }}
                    >
                      {formatSimTime(world, atS)}
                    </Box>
                    <span>
                      {checkpoint.label}
                      {checkpoint.keyMoment && (
                        <Box
                          component="span"
                          sx={{
                            ml: 0.75,
                            px: 0.75,
                            border: 1,
                            borderRadius: 1,
                            fontSize: '0.75em',
                            whiteSpace: 'nowrap',
                          }}
                        >
                          key moment
                        </Box>
                      )}
                    </span>
                  </Button>
                </li>
              );
            })}
          </Stack>
        </Box>
      )}
    </Paper>
  );
}
