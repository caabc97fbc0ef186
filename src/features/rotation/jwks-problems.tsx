import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/WarningAmber';
import CheckIcon from '@mui/icons-material/CheckCircle';
import type { JwksProblem } from '@/rotation/jwks-checks';

/** The problems found in a set, errors first, each naming the key it belongs to. */
export function JwksProblems({ problems }: { readonly problems: readonly JwksProblem[] }) {
  if (problems.length === 0)
    return (
      <Typography
        variant="body2"
        sx={{ display: 'flex', gap: 0.75, alignItems: 'center', color: 'success.main' }}
      >
        <CheckIcon fontSize="small" aria-hidden /> No problems found: this set is fit to publish.
      </Typography>
    );
  const sorted = [...problems].sort(
    (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'),
  );
  return (
    <Box>
      <Typography component="h3" variant="subtitle2" sx={{ mb: 0.75 }}>
        Problems ({problems.length})
      </Typography>
      <Stack component="ul" spacing={0.75} sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {sorted.map((problem, index) => {
          const error = problem.severity === 'error';
          const Icon = error ? ErrorIcon : WarningIcon;
          const where =
            problem.keyIndex === undefined
              ? 'The set'
              : `Key ${problem.keyIndex + 1}${problem.kid === undefined ? '' : ` (kid "${problem.kid}")`}`;
          return (
            <Box
              component="li"
              key={`${index}-${problem.message}`}
              data-severity={problem.severity}
              sx={{
                display: 'flex',
                gap: 1,
                p: 1,
                borderRadius: 1,
                border: 1,
                borderColor: error ? 'error.main' : 'warning.main',
              }}
            >
              <Icon
                fontSize="small"
                aria-hidden
                sx={{ color: error ? 'error.main' : 'warning.main', mt: '2px' }}
              />
              <Typography variant="body2">
                <strong>
                  {error ? 'Error' : 'Warning'} · {where}:
                </strong>{' '}
                {problem.message}
              </Typography>
            </Box>
          );
        })}
      </Stack>
    </Box>
  );
}
