import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ErrorIcon from '@mui/icons-material/Error';
import WarningIcon from '@mui/icons-material/WarningAmber';
import CheckIcon from '@mui/icons-material/CheckCircle';
import { describeProblemPlace, formatKeyCount, type JwksProblemGroup } from '@/rotation/jwks-inspect-summary';

/** Kinds of problem listed at first; a set can have thousands (one per duplicated kid). */
const PAGE = 50;

/** The problems found in a set, errors first, each kind said once with the keys it concerns. */
export function JwksProblems({ groups }: { readonly groups: readonly JwksProblemGroup[] }) {
  const [limit, setLimit] = useState({ groups, count: PAGE });
  const count = limit.groups === groups ? limit.count : PAGE;
  if (groups.length === 0)
    return (
      <Typography
        variant="body2"
        sx={{ display: 'flex', gap: 0.75, alignItems: 'center', color: 'success.main' }}
      >
        <CheckIcon fontSize="small" aria-hidden /> No problems found: this set is fit to publish.
      </Typography>
    );
  return (
    <Box>
      <Typography component="h3" variant="subtitle2" sx={{ mb: 0.75 }}>
        Problems ({formatKeyCount(groups.length)} {groups.length === 1 ? 'kind' : 'kinds'})
      </Typography>
      <Stack component="ul" spacing={0.75} sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {groups.slice(0, count).map((group, index) => {
          const error = group.severity === 'error';
          const Icon = error ? ErrorIcon : WarningIcon;
          return (
            <Box
              component="li"
              key={`${index}-${group.message}`}
              data-severity={group.severity}
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
                  {error ? 'Error' : 'Warning'} · {describeProblemPlace(group)}:
                </strong>{' '}
                {group.message}
              </Typography>
            </Box>
          );
        })}
      </Stack>
      {groups.length > count && (
        <Button size="small" sx={{ mt: 0.75 }} onClick={() => setLimit({ groups, count: count + PAGE })}>
          Show {Math.min(PAGE, groups.length - count)} more problems
        </Button>
      )}
    </Box>
  );
}
