import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ClaimRow, TimeInfo } from '@/jwt/claims';
import type { TimeBadge } from '@/jwt/time-badge';
import { revealHiddenCharacters } from '@/jwt/hidden-characters';

const BADGES: Record<TimeBadge, { label: string; color: 'error' | 'warning' }> = {
  expired: { label: 'expired', color: 'error' },
  'not-yet-valid': { label: 'not yet valid', color: 'warning' },
  'issued-in-future': { label: 'issued in the future', color: 'warning' },
};

const PREVIEW_LIMIT = 300;

/** One claim or header parameter: its value, human times, and what the spec says it means. */
export function ClaimRowView({ row }: { readonly row: ClaimRow }) {
  // Hidden characters (bidi overrides, zero-width spaces) are shown escaped, as in the decoded view.
  const { valueText } = row;
  const preview =
    valueText.length > PREVIEW_LIMIT
      ? `${revealHiddenCharacters(valueText.slice(0, PREVIEW_LIMIT))}… (${valueText.length.toLocaleString('en-US')} characters)`
      : revealHiddenCharacters(valueText);
  return (
    <TableRow sx={{ verticalAlign: 'top' }}>
      <TableCell component="th" scope="row" sx={{ width: '32%', wordBreak: 'break-word' }}>
        <Box sx={{ fontFamily: 'var(--jwt-lab-mono)', fontWeight: 600 }}>
          {revealHiddenCharacters(row.name)}
        </Box>
        <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
          {row.registered ? `${row.registered.title} · ` : ''}
          {row.location}
        </Typography>
      </TableCell>
      <TableCell sx={{ wordBreak: 'break-word' }}>
        <Box sx={{ fontFamily: 'var(--jwt-lab-mono)' }}>{preview}</Box>
        {row.time && <TimeDetails time={row.time} />}
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
          {row.registered ? (
            <>
              {row.registered.description}{' '}
              <Link href={row.registered.url} target="_blank" rel="noreferrer noopener">
                {row.registered.spec}
              </Link>
            </>
          ) : (
            'A private claim: its meaning is agreed between issuer and verifier.'
          )}
        </Typography>
        {row.problem && (
          <Typography variant="body2" sx={{ color: 'error.main', mt: 0.5 }}>
            {row.problem}
          </Typography>
        )}
      </TableCell>
    </TableRow>
  );
}

function TimeDetails({ time }: { readonly time: TimeInfo }) {
  return (
    <Box sx={{ mt: 0.5 }}>
      <Typography variant="body2" component="div" sx={{ fontWeight: 600 }}>
        {time.relative}
        {time.badge && (
          <Box
            component="span"
            sx={{
              ml: 1,
              px: 0.75,
              py: '1px',
              borderRadius: 1,
              typography: 'caption',
              fontWeight: 700,
              color: 'common.white',
              bgcolor: `${BADGES[time.badge].color}.dark`,
            }}
          >
            {BADGES[time.badge].label}
          </Box>
        )}
      </Typography>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
        {time.utc} · {time.local}
      </Typography>
    </Box>
  );
}
