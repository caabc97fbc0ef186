import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { JwksRow } from '@/rotation/jwks-inspect';

const dash = (value: string | undefined) => value ?? '—';

/** The keys of an inspected set, one row each, with their RFC 7638 thumbprints. */
export function JwksKeyTable({ rows }: { readonly rows: readonly JwksRow[] }) {
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="Keys in the set" sx={{ minWidth: 640 }}>
        <TableHead>
          <TableRow>
            {['#', 'kty', 'alg', 'use', 'kid', 'Curve or size', 'Thumbprint (RFC 7638)'].map((name) => (
              <TableCell key={name} scope="col">
                {name}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.index}>
              <TableCell component="th" scope="row">
                {row.index + 1}
              </TableCell>
              <TableCell>
                {dash(row.kty)}
                {row.hasPrivateMembers && (
                  <strong style={{ color: 'var(--mui-palette-error-main)' }}> private!</strong>
                )}
              </TableCell>
              <TableCell>{dash(row.alg)}</TableCell>
              <TableCell>{dash(row.use)}</TableCell>
              <TableCell sx={{ fontFamily: 'var(--jwt-lab-mono)', whiteSpace: 'nowrap' }}>
                {dash(row.kid)}
              </TableCell>
              <TableCell>{dash(row.size)}</TableCell>
              <TableCell
                sx={{
                  fontFamily: 'var(--jwt-lab-mono)',
                  fontSize: 12,
                  wordBreak: 'break-all',
                  minWidth: 200,
                }}
              >
                {row.thumbprint ?? 'needs the required members'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
