import { useMemo, useState } from 'react';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { countClaimRows, describeClaims } from '@/jwt/claims';
import { ClaimRowView } from './claim-row';
import type { DecodedToken } from '@/jwt/decoded-token';

/** Rows laid out at a time: a hostile payload of 100,000 claims must not become 100,000 table rows. */
const ROWS_PER_PAGE = 100;

/** Every header parameter and claim present, registered ones explained, times in UTC, local and relative. */
export function ClaimsTable({
  token,
  nowMs,
  skewSeconds,
  signatureIndex,
}: {
  readonly token: DecodedToken;
  readonly nowMs: number;
  readonly skewSeconds: number;
  /** Whose header parameters to list when the token has several signatures. */
  readonly signatureIndex: number;
}) {
  const [limit, setLimit] = useState(ROWS_PER_PAGE);
  const header =
    (token.signatures[signatureIndex] ?? token.signatures[0])?.joseHeader ?? token.header?.value ?? null;
  const payload = token.payload?.json;
  const total = useMemo(() => countClaimRows(header, payload), [header, payload]);
  // Only the rows on screen are described: a hostile 100,000-claim payload costs 100 rows of work.
  const shown = useMemo(
    () => describeClaims(header, payload, { nowMs, skewSeconds }, limit),
    [header, payload, nowMs, skewSeconds, limit],
  );
  if (total === 0) return null;
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
            {shown.map((row) => (
              <ClaimRowView key={`${row.location}:${row.name}`} row={row} />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {shown.length < total && (
        <Typography variant="body2" sx={{ mt: 1.5, color: 'text.secondary' }}>
          Showing {shown.length.toLocaleString('en-US')} of {total.toLocaleString('en-US')} rows.{' '}
          <Button size="small" onClick={() => setLimit((current) => current + ROWS_PER_PAGE * 10)}>
            Show {Math.min(ROWS_PER_PAGE * 10, total - shown.length).toLocaleString('en-US')} more
          </Button>
        </Typography>
      )}
    </Paper>
  );
}
