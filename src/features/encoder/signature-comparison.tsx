import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { TamperAnalysis } from '@/jwt/tamper';

const MONO = { fontFamily: 'var(--jwt-lab-mono)', fontSize: 12, wordBreak: 'break-all' } as const;

/** The signature the token carries beside the one the same key makes over the edited input. */
export function SignatureComparison({ analysis }: { readonly analysis: TamperAnalysis }) {
  const rows = [
    { label: 'Presented (kept from the original token)', view: analysis.presentedSignature },
    ...(analysis.recomputedSignature
      ? [{ label: 'Recomputed over the edited input with the same key', view: analysis.recomputedSignature }]
      : []),
  ];
  return (
    <Table size="small" aria-label="Signatures compared">
      <TableHead>
        <TableRow>
          <TableCell>Signature</TableCell>
          <TableCell>base64url</TableCell>
          <TableCell sx={{ display: { xs: 'none', md: 'table-cell' } }}>hex</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ label, view }) => (
          <TableRow key={label} sx={{ verticalAlign: 'top' }}>
            <TableCell component="th" scope="row" sx={{ width: '28%' }}>
              {label}
            </TableCell>
            <TableCell sx={MONO}>{view.base64url}</TableCell>
            <TableCell sx={{ ...MONO, display: { xs: 'none', md: 'table-cell' } }}>{view.hex}</TableCell>
          </TableRow>
        ))}
        {analysis.recomputeError && (
          <TableRow>
            <TableCell colSpan={3}>{analysis.recomputeError.message}</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
