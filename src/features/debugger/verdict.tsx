import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import GppBadIcon from '@mui/icons-material/GppBad';
import ErrorIcon from '@mui/icons-material/Error';
import { isJwsAlgorithm } from '@/jwt/algorithms';
import type { VerdictState, Verification } from '@/jwt/verification';

const LOOK: Record<
  VerdictState,
  { color: 'success' | 'error' | 'warning' | 'info'; Icon: typeof CheckCircleIcon }
> = {
  verified: { color: 'success', Icon: CheckCircleIcon },
  invalid: { color: 'error', Icon: CancelIcon },
  unverified: { color: 'info', Icon: HelpOutlineIcon },
  unsecured: { color: 'warning', Icon: GppBadIcon },
  error: { color: 'error', Icon: ErrorIcon },
};

/** The verdict (stable hook `verify-status`, `data-state` as PRODUCT.md defines it) and why. */
export function Verdict({
  verification,
  stale,
}: {
  readonly verification: Verification;
  readonly stale: boolean;
}) {
  const { state, headline, details, error, alg, keyUsed, hints } = verification;
  const { color, Icon } = LOOK[state];
  const qualified = details.length > 0 ? `${headline} · ${details.join(' · ')}` : headline;
  const caution = state === 'verified' && details.length > 0;
  return (
    <Box
      data-testid="verify-status"
      data-state={state}
      role="status"
      aria-live="polite"
      aria-busy={stale}
      sx={{
        p: 1.5,
        borderRadius: 1,
        border: 1,
        borderColor: `${caution ? 'warning' : color}.main`,
        bgcolor: (theme) =>
          `rgba(${theme.vars?.palette[caution ? 'warning' : color].mainChannel ?? '0 0 0'} / 0.08)`,
        opacity: stale ? 0.6 : 1,
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <Icon color={caution ? 'warning' : color} aria-hidden sx={{ mt: '2px' }} />
        <Box sx={{ minWidth: 0 }}>
          <Typography sx={{ fontWeight: 700 }}>{qualified}</Typography>
          {error && state !== 'verified' && (
            <Typography variant="body2" data-error-code={error.code} sx={{ mt: 0.5 }}>
              {error.message}
            </Typography>
          )}
          {hints.map((hint) => (
            <Typography key={hint} variant="body2" sx={{ mt: 0.5, fontWeight: 600 }}>
              {hint}
            </Typography>
          ))}
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
            {alg && isJwsAlgorithm(alg) && `Algorithm pinned to ${alg} (from the header).`}
            {keyUsed &&
              ` Key: ${keyUsed.description}${keyUsed.kid ? `, kid "${keyUsed.kid}"` : ''}${keyUsed.index ? ` (key ${keyUsed.index} of the set)` : ''}.`}
          </Typography>
        </Box>
      </Stack>
    </Box>
  );
}
