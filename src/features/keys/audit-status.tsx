import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { summarizeProgress } from '@/audit/audit-progress';
import { describeFoundSecret, formatCount, formatElapsed, formatLargeNumber } from './format';
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
        : 'No audit yet: paste a token, choose the candidates, then Start audit.';
    case 'running': {
      const tried = view.progress?.tried ?? 0;
      return `Auditing ${view.plan.planned.description}: ${formatCount(tried)} tried so far.`;
    }
    case 'found': {
      const { outcome } = view;
      if (outcome.kind !== 'found') return '';
      return `Secret found: ${describeFoundSecret(outcome.secret, outcome.secretText)}, after ${formatCount(outcome.tried)} candidates in ${formatElapsed(outcome.elapsedMs)}.`;
    }
    case 'exhausted':
      return `Not found: all ${formatCount(view.outcome.tried)} candidates tried in ${formatElapsed(view.outcome.elapsedMs)}.`;
    case 'cancelled':
      return `Cancelled after ${formatCount(view.outcome.tried)} of ${formatCount(view.outcome.total)} candidates (${formatElapsed(view.outcome.elapsedMs)}).`;
  }
}

/** The audit's state (stable hook `audit-status`, `data-state`), with progress, speed and time left. */
export function AuditStatus({ view }: { readonly view: AuditView }) {
  const progress =
    view.state === 'running'
      ? view.progress
      : view.state === 'idle'
        ? null
        : summarizeProgress(view.outcome.tried, view.outcome.total, view.outcome.elapsedMs);
  const percent = progress && progress.total > 0 ? (100 * progress.tried) / progress.total : 0;
  const workers = view.state === 'idle' ? 0 : view.workers;
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
            variant={view.state === 'running' && !progress ? 'indeterminate' : 'determinate'}
            value={Math.min(100, percent)}
            aria-label="Audit progress"
            color={view.state === 'found' ? 'error' : 'primary'}
          />
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.75 }}>
            {progress
              ? `${percent < 0.01 && percent > 0 ? '<0.01' : percent.toLocaleString('en-US', { maximumFractionDigits: 2 })}% of ${formatCount(progress.total)} · ${formatLargeNumber(progress.perSecond)} candidates/s on ${workers} workers`
              : `Starting ${workers} workers…`}
            {view.state === 'running' &&
              progress?.etaMs != null &&
              ` · about ${formatElapsed(progress.etaMs)} left`}
          </Typography>
        </Box>
      )}
    </Box>
  );
}
