import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import PauseIcon from '@mui/icons-material/Pause';
import { formatSimTime, type World } from '@/rotation/world';

const STEPS: readonly { label: string; byS: number }[] = [
  { label: '+1 min', byS: 60 },
  { label: '+10 min', byS: 600 },
  { label: '+1 h', byS: 3600 },
];

interface ClockControlsProps {
  readonly world: World;
  readonly viewS: number;
  readonly playing: boolean;
  readonly onAdvance: (byS: number) => void;
  readonly onPlay: (on: boolean) => void;
  readonly onView: (atS: number) => void;
}

/** The clock: step buttons, Play/Pause, and a slider to move through everything that happened. */
export function ClockControls({ world, viewS, playing, onAdvance, onPlay, onView }: ClockControlsProps) {
  const behind = viewS < world.nowS;
  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Typography component="p" variant="subtitle2" sx={{ mr: 'auto' }}>
          Clock{' '}
          <Box
            component="output"
            aria-live="off"
            sx={{ fontFamily: 'var(--jwt-lab-mono)', fontWeight: 700, color: 'primary.main' }}
          >
            {formatSimTime(world, viewS)}
          </Box>
          <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
            {' '}
            ({new Date(viewS * 1000).toLocaleTimeString()})
          </Box>
        </Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          {STEPS.map((step) => (
            <Button key={step.byS} size="small" variant="outlined" onClick={() => onAdvance(step.byS)}>
              {step.label}
            </Button>
          ))}
          <Button
            size="small"
            variant="contained"
            startIcon={playing ? <PauseIcon /> : <PlayArrowIcon />}
            onClick={() => onPlay(!playing)}
            sx={{ minWidth: 88 }}
          >
            {playing ? 'Pause' : 'Play'}
          </Button>
        </Stack>
      </Stack>
      <Box>
        <Box
          component="input"
          type="range"
          aria-label="Simulated time"
          aria-valuetext={formatSimTime(world, viewS)}
          min={world.startS}
          max={Math.max(world.nowS, world.startS + 1)}
          step={10}
          value={viewS}
          disabled={world.nowS === world.startS}
          onChange={(event) => onView(Number(event.target.value))}
          sx={{ width: '100%', accentColor: 'var(--mui-palette-primary-main)', m: 0 }}
        />
        <Typography variant="caption" component="p" sx={{ color: 'text.secondary', minHeight: '1.66em' }}>
          {behind
            ? `Looking back at ${formatSimTime(world, viewS)} of ${formatSimTime(world, world.nowS)}. Acting now rewrites everything after this moment.`
            : 'Drag to replay what happened. Play moves the clock one minute at a time.'}
        </Typography>
      </Box>
    </Stack>
  );
}
