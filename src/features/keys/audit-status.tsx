import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { formatPercent, MIN_TIMED_MS, type AuditProgress } from '@/audit/audit-progress';
import { describeEngine, type AuditEngine } from '@/audit/webgpu/engine-choice';
import {
  describeFoundSecret,
  formatCount,
  formatElapsed,
  formatHashingTime,
  formatLargeNumber,
} from './format';
import type { AuditView } from './use-audit';

const COLORS: Record<AuditView['state'], string> = {
  idle: 'divider',
  running: 'info.main',
  found: 'error.main',
  exhausted: 'success.main',
  cancelled: 'warning.main',
};

function headline(view: AuditView): string {
  switch (view.state) {
    case 'idle':
      return view.failure
        ? `The audit stopped on an error: ${view.failure}`
        : 'No audit yet: paste a token (or try the weak example), choose the candidates, then Start audit.';
    case 'running': {
      const tried = view.progress?.tried ?? 0;
      return `Auditing ${view.plan.planned.description}: ${formatCount(tried)} tried so far.`;
    }
    case 'found': {
      const { outcome } = view;
      if (outcome.kind !== 'found') return '';
      return `Secret found: ${describeFoundSecret(outcome.secret, outcome.secretText)}, after ${formatCount(outcome.tried)} of ${formatCount(outcome.total)} candidates in ${formatElapsed(outcome.elapsedMs)}.`;
    }
    case 'exhausted':
      return `Not found: all ${formatCount(view.outcome.tried)} candidates tried in ${formatElapsed(view.outcome.elapsedMs)}.`;
    case 'cancelled':
      return `Cancelled after ${formatCount(view.outcome.tried)} of ${formatCount(view.outcome.total)} candidates (${formatElapsed(view.outcome.elapsedMs)}).`;
  }
}

/** What the speed is and what it is over; the count and the time left follow from the same figures. */
function speedLine(progress: AuditProgress, engine: AuditEngine | null): string {
  if (progress.perSecond === null)
    return `${formatCount(progress.tried)} candidates took under ${MIN_TIMED_MS} ms of hashing: too few to time a speed.`;
  const speed = formatLargeNumber(progress.perSecond);
  const over = formatHashingTime(progress.hashingMs);
  if (engine?.kind === 'gpu')
    return `${speed} candidates/s on the GPU, timed over ${over} of GPU batches (starting the GPU and loading the list not counted).`;
  const workers = engine?.workers ?? 0;
  return `${speed} candidates/s on ${workers} workers, timed over ${over} of hashing (starting the workers and loading the list not counted).`;
}

/** Which engine runs, and why not the GPU when it could have. */
function engineLine(engine: AuditEngine): string {
  const reason = engine.kind === 'cpu' && engine.reason ? ` (${engine.reason})` : '';
  return `Engine: ${describeEngine(engine)}${reason}.`;
}

function startingLine(engine: AuditEngine | null): string {
  if (!engine) return 'Choosing the engine…';
  return engine.kind === 'gpu'
    ? 'Starting the GPU (compiling the shader)…'
    : `Starting ${engine.workers} workers…`;
}

/** The audit's state (stable hook `audit-status`, `data-state`), with progress, speed and time left. */
export function AuditStatus({ view }: { readonly view: AuditView }) {
  const progress = view.state === 'running' ? view.progress : view.state === 'idle' ? null : view.outcome;
  const engine = view.state === 'idle' ? null : view.engine;
  // The bar, its aria-valuenow and the text all show `progress.percent`: one number, one rounding.
  const percent = progress?.percent ?? 0;
  const counted = progress
    ? `${formatPercent(percent)} · ${formatCount(progress.tried)} of ${formatCount(progress.total)} candidates`
    : startingLine(engine);
  const left =
    view.state === 'running' && progress?.etaMs != null
      ? ` · about ${formatElapsed(progress.etaMs)} left`
      : '';
  return (
    <Box sx={{ p: 1.5, borderRadius: 1, border: 1, borderColor: COLORS[view.state] }}>
      <Typography
        data-testid="audit-status"
        data-state={view.state}
        role="status"
        sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}
      >
        {headline(view)}
      </Typography>
      {view.state !== 'idle' && (
        <Box sx={{ mt: 1 }}>
          <LinearProgress
            variant="determinate"
            value={percent}
            aria-label="Audit progress"
            aria-valuetext={progress ? counted : 'starting'}
            color={view.state === 'found' ? 'error' : 'primary'}
            sx={{
              height: 6,
              borderRadius: 3,
              // A neutral track, so only the filled part reads as progress; no easing, so the bar is
              // never behind the text beside it.
              bgcolor: 'action.selected',
              '& .MuiLinearProgress-bar': { transition: 'none' },
            }}
          />
          <Typography variant="body2" sx={{ mt: 0.75 }}>
            {counted}
            {left}
          </Typography>
          {progress && (
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.25 }}>
              {speedLine(progress, engine)}
            </Typography>
          )}
          {engine && (
            <Typography variant="body2" data-engine={engine.kind} sx={{ color: 'text.secondary', mt: 0.25 }}>
              {engineLine(engine)}
            </Typography>
          )}
        </Box>
      )}
    </Box>
  );
}
