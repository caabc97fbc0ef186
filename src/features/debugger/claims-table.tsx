import { useMemo } from 'react';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { describeClaims } from '@/jwt/claims';
import { ClaimRowView } from './claim-row';
import type { DecodedToken } from '@/jwt/decoded-token';

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
              <TableCell>Value and meaning</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <ClaimRowView key={`${row.location}:${row.name}`} row={row} />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
