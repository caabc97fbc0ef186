import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import GppBadIcon from '@mui/icons-material/GppBad';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { SecretAssessment, SecretVerdict } from '@/audit/assess-secret';
import { HMAC_ALGORITHMS } from '@/audit/assess-secret';
import { CrackTimes } from './crack-times';
import type { BrowserSpeed } from './browser-speed';
import type { Loaded } from './use-strength';

const LOOK: Record<
  SecretVerdict,
  { color: 'success' | 'warning' | 'error'; Icon: typeof CheckCircleIcon; headline: string }
> = {
  strong: { color: 'success', Icon: CheckCircleIcon, headline: 'Strong: no one will guess this secret' },
  weak: { color: 'warning', Icon: WarningAmberIcon, headline: 'Weak: this secret can be guessed offline' },
  public: { color: 'error', Icon: GppBadIcon, headline: 'Public: this secret is already known to attackers' },
};

interface StrengthResultProps {
  readonly assessment: SecretAssessment;
  readonly speed: Loaded<BrowserSpeed>;
}

/** The verdict (stable hook `secret-strength`, `data-verdict`), its reasons, the sizes and the crack times. */
export function StrengthResult({ assessment, speed }: StrengthResultProps) {
  const { color, Icon, headline } = LOOK[assessment.verdict];
  return (
    <Stack spacing={2}>
      <Box
        data-testid="secret-strength"
        data-verdict={assessment.verdict}
        role="status"
        sx={{
          p: 1.5,
          borderRadius: 1,
          border: 1,
          borderColor: `${color}.main`,
          bgcolor: (theme) => `rgba(${theme.vars?.palette[color].mainChannel ?? '0 0 0'} / 0.08)`,
        }}
      >
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <Icon color={color} aria-hidden sx={{ mt: '2px' }} />
          <Box sx={{ minWidth: 0 }}>
            <Typography sx={{ fontWeight: 700 }}>{headline}</Typography>
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {assessment.reasons.map((reason) => (
                <Typography component="li" variant="body2" key={reason} sx={{ overflowWrap: 'anywhere' }}>
                  {reason}
                </Typography>
              ))}
            </Box>
          </Box>
        </Stack>
      </Box>
      <Box>
        <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
          Size against the minimum (RFC 7518 §3.2)
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {HMAC_ALGORITHMS.map((alg) => {
            const meets = assessment.meetsMinimum[alg];
            return (
              <Box
                key={alg}
                sx={{
                  px: 1,
                  py: 0.25,
                  borderRadius: 1,
                  border: 1,
                  borderColor: meets ? 'success.main' : 'divider',
                  typography: 'body2',
                }}
              >
                <strong>{alg}</strong> {assessment.bytes}/{assessment.minimumBytes[alg]} bytes{' '}
                {meets ? '✓' : '✗ too short'}
              </Box>
            );
          })}
        </Stack>
      </Box>
      <CrackTimes assessment={assessment} speed={speed} />
    </Stack>
  );
}
