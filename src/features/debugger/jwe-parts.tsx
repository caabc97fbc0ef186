import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { DecodedToken, SegmentRole } from '@/jwt/decoded-token';
import { DecodedPartCard } from './decoded-part-card';
import { SEGMENT_LABELS } from '@/components/token-view/segment-colors';

const PURPOSE: Partial<Record<SegmentRole, string>> = {
  'encrypted-key': 'the content key, encrypted for the recipient (empty for "dir" and "ECDH-ES")',
  iv: 'the initialization vector for content encryption',
  ciphertext: 'the encrypted payload',
  tag: 'the authentication tag that proves the ciphertext and header were not changed',
};

/** A JWE's encrypted parts, named and sized (RFC 7516 §7.1); decryption comes in a later version. */
export function JweParts({
  token,
  activeRole,
}: {
  readonly token: DecodedToken;
  readonly activeRole: string | null;
}) {
  return (
    <DecodedPartCard
      title="Encrypted parts"
      subtitle="JWE, RFC 7516"
      role="ciphertext"
      active={activeRole === 'ciphertext'}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        This token is encrypted: its payload cannot be read without the recipient's key. Decryption arrives in
        a later version of jwt-lab.
      </Typography>
      <Table size="small" aria-label="Encrypted parts">
        <TableBody>
          {token.segments.slice(1).map((segment, index) => (
            <TableRow key={index}>
              <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                {SEGMENT_LABELS[segment.role]}
              </TableCell>
              <TableCell>
                {segment.byteLength === null ? 'not base64url' : `${segment.byteLength} bytes`}
              </TableCell>
              <TableCell sx={{ color: 'text.secondary' }}>
                {segment.role !== 'extra' ? PURPOSE[segment.role] : ''}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </DecodedPartCard>
  );
}
