import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import type { Verification } from '@/jwt/verification';

/** A compact verdict for the experiments: verified or not, and why, with `data-state` for tests. */
export function VerdictLine({
  verification,
  testId,
}: {
  readonly verification: Verification;
  readonly testId: string;
}) {
  const verified = verification.state === 'verified';
  const Icon = verified ? CheckCircleIcon : CancelIcon;
  return (
    <Box
      data-testid={testId}
      data-state={verification.state}
      role="status"
      sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
    >
      <Icon color={verified ? 'success' : 'error'} aria-hidden sx={{ mt: '2px' }} />
      <Box>
        <Typography sx={{ fontWeight: 700 }}>
          {verification.headline}
          {verification.details.length > 0 && ` · ${verification.details.join(' · ')}`}
        </Typography>
        {!verified && verification.error && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {verification.error.message}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
