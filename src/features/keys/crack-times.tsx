import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { SecretAssessment } from '@/audit/assess-secret';
import { GPU_DESCRIPTION, GPU_GUESSES_PER_SECOND } from '@/audit/gpu-figures';
import { describeEngine } from '@/audit/webgpu/engine-choice';
import type { BrowserSpeed } from './browser-speed';
import { formatLargeNumber } from './format';
import type { Loaded } from './use-strength';

interface CrackTimesProps {
  readonly assessment: SecretAssessment;
  readonly speed: Loaded<BrowserSpeed>;
}

/** Time to try every guess the secret takes, here and on a GPU, with where each speed comes from. */
export function CrackTimes({ assessment, speed }: CrackTimesProps) {
  const { crackTime, guessesLog2 } = assessment;
  const rows: readonly { where: string; time: string; basis: string }[] = [
    {
      where: 'This browser',
      time: crackTime.browser?.text ?? (speed.state === 'pending' ? 'measuring…' : 'not measured'),
      basis:
        speed.state === 'ready'
          ? `${formatLargeNumber(speed.value.guessesPerSecond)} HS256 guesses per second, measured here by a one-second run of this page's audit engine (${describeEngine(speed.value.engine)}; time spent hashing only, as in the audit below)`
          : speed.state === 'pending'
            ? 'timing a short run of this page’s audit engine'
            : 'the speed test did not run in this browser',
    },
    {
      where: 'One RTX 4090, HS256',
      time: crackTime.gpu.HS256.text,
      basis: `about ${formatLargeNumber(GPU_GUESSES_PER_SECOND.HS256)} guesses per second (hashcat -m 16500)`,
    },
    {
      where: 'One RTX 4090, HS384/512',
      time: crackTime.gpu.HS512.text,
      basis: `about ${formatLargeNumber(GPU_GUESSES_PER_SECOND.HS512)} guesses per second (SHA-512 runs ~2.7× slower)`,
    },
  ];
  return (
    <Box>
      <Typography variant="subtitle2" component="h3">
        Time to try every guess it takes (about 2<sup>{Math.round(guessesLog2)}</sup>), from one captured
        token
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          mt: 0.5,
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', sm: 'auto 1fr' },
          columnGap: 2,
          rowGap: 0.75,
        }}
      >
        {rows.map((row) => (
          <Box key={row.where} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
              {row.where}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0 }}>
              <strong>{row.time}</strong>{' '}
              <Box component="span" sx={{ color: 'text.secondary' }}>
                ({row.basis})
              </Box>
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 1 }}>
        GPU speeds are approximate: hashcat mode 16500 on {GPU_DESCRIPTION}, from{' '}
        <Link href="https://gist.github.com/Chick3nman" target="_blank" rel="noreferrer">
          Chick3nman’s published hashcat v6.2.6 benchmarks
        </Link>{' '}
        (October 2022). An attacker with more GPUs divides these times; half of them finds the secret on
        average.
      </Typography>
    </Box>
  );
}
