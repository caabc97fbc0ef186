import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { describeClaims, type ClaimRow, type TimeBadge } from '@/jwt/claims';
import type { DecodedToken } from '@/jwt/decoded-token';

const BADGES: Record<TimeBadge, { label: string; color: 'error' | 'warning' }> = {
  expired: { label: 'expired', color: 'error' },
  'not-yet-valid': { label: 'not yet valid', color: 'warning' },
  'issued-in-future': { label: 'issued in the future', color: 'warning' },
};

/** Every header parameter and claim present, registered ones explained, times in UTC, local and relative. */
export function ClaimsTable({
  token,
  nowMs,
  skewSeconds,
}: {
  readonly token: DecodedToken;
  readonly nowMs: number;
  readonly skewSeconds: number;
}) {
  const rows = useMemo(
    () =>
      describeClaims(token.signatures[0]?.joseHeader ?? token.header?.value ?? null, token.payload?.json, {
        nowMs,
        skewSeconds,
      }),
    [token, nowMs, skewSeconds],
  );
  if (rows.length === 0) return null;
  return (
    <Paper component="section" aria-labelledby="claims-title" sx={{ p: 2 }}>
      <Typography id="claims-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
        Claims and header parameters
      </Typography>
      <TableContainer>
        <Table size="small" aria-labelledby="claims-title">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Value</TableCell>
              <TableCell>Meaning</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <ClaimTableRow key={`${row.location}:${row.name}`} row={row} />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}

function ClaimTableRow({ row }: { readonly row: ClaimRow }) {
  const preview =
    row.valueText.length > 300
      ? `${row.valueText.slice(0, 300)}… (${row.valueText.length.toLocaleString('en-US')} characters)`
      : row.valueText;
  return (
    <TableRow sx={{ verticalAlign: 'top' }}>
      <TableCell component="th" scope="row" sx={{ fontFamily: 'var(--jwt-lab-mono)', whiteSpace: 'nowrap' }}>
        {row.name}
        <Typography variant="caption" component="div" sx={{ color: 'text.secondary', fontFamily: 'inherit' }}>
          {row.location}
        </Typography>
      </TableCell>
      <TableCell sx={{ fontFamily: 'var(--jwt-lab-mono)', wordBreak: 'break-word', minWidth: 120 }}>
        {preview}
        {row.time && (
          <Box sx={{ fontFamily: 'body1.fontFamily', mt: 0.5 }}>
            <Typography variant="body2" component="div">
              {row.time.relative}
              {row.time.badge && (
                <Chip
                  size="small"
                  color={BADGES[row.time.badge].color}
                  label={BADGES[row.time.badge].label}
                  sx={{ ml: 1 }}
                />
              )}
            </Typography>
            <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
              {row.time.utc}
              <br />
              {row.time.local}
            </Typography>
          </Box>
        )}
      </TableCell>
      <TableCell sx={{ minWidth: 180 }}>
        {row.registered ? (
          <>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {row.registered.title}
            </Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {row.registered.description}{' '}
              <Link href={row.registered.url} target="_blank" rel="noreferrer noopener">
                {row.registered.spec}
              </Link>
            </Typography>
          </>
        ) : (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            A private claim: its meaning is agreed between issuer and verifier.
          </Typography>
        )}
        {row.problem && (
          <Typography variant="body2" sx={{ color: 'error.main', mt: 0.5 }}>
            {row.problem}
          </Typography>
        )}
      </TableCell>
    </TableRow>
  );
}
