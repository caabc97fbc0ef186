import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { base64urlToBytes } from '@/encoding/base64';
import type { DecodedToken, SegmentRole } from '@/jwt/decoded-token';
import type { JweStructure } from '@/jwe/jwe-structure';
import { DecodedPartCard } from './decoded-part-card';
import { SEGMENT_LABELS } from '@/components/token-view/segment-colors';

const PURPOSE: Partial<Record<SegmentRole, string>> = {
  'encrypted-key': 'the content key, encrypted for the recipient (empty for "dir" and "ECDH-ES")',
  iv: 'the initialization vector for content encryption',
  ciphertext: 'the encrypted payload',
  tag: 'the authentication tag that proves the ciphertext and header were not changed',
};

interface Row {
  readonly name: string;
  readonly size: string;
  readonly purpose: string;
}

/** A JWE's encrypted parts, named and sized (RFC 7516 §7.1, §7.2). */
export function JweParts({
  token,
  structure,
  activeRole,
}: {
  readonly token: DecodedToken;
  readonly structure: JweStructure | null;
  readonly activeRole: string | null;
}) {
  const rows: Row[] =
    token.serialization === 'compact' || !structure ? compactRows(token) : jsonRows(structure);
  return (
    <DecodedPartCard
      title="Encrypted parts"
      subtitle="JWE, RFC 7516"
      role="ciphertext"
      active={activeRole === 'ciphertext'}
    >
      <Typography variant="body2" sx={{ mb: 1 }}>
        Only the header is readable without the recipient's key; the tag authenticates the header, IV and
        ciphertext together.
      </Typography>
      {/* Fixed layout: the columns share the width instead of pushing a phone's page wider; there the
          purpose moves under the part's name. */}
      <Table
        size="small"
        aria-label="Encrypted parts"
        sx={{ tableLayout: 'fixed', '& td, & th': { overflowWrap: 'break-word', px: { xs: 1, sm: 2 } } }}
      >
        <TableBody>
          {rows.map((row, index) => (
            <TableRow key={index}>
              <TableCell component="th" scope="row" sx={{ width: { xs: '70%', sm: '38%' } }}>
                <Box component="span" sx={{ fontWeight: 600 }}>
                  {row.name}
                </Box>
                <Box
                  component="span"
                  sx={{ display: { xs: 'block', sm: 'none' }, color: 'text.secondary', fontWeight: 400 }}
                >
                  {row.purpose}
                </Box>
              </TableCell>
              <TableCell sx={{ width: { xs: '30%', sm: '20%' } }}>{row.size}</TableCell>
              <TableCell sx={{ color: 'text.secondary', display: { xs: 'none', sm: 'table-cell' } }}>
                {row.purpose}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </DecodedPartCard>
  );
}

function compactRows(token: DecodedToken): Row[] {
  return token.segments.slice(1).map((segment) => ({
    name: SEGMENT_LABELS[segment.role],
    size: segment.byteLength === null ? 'not base64url' : `${segment.byteLength} bytes`,
    purpose: segment.role !== 'extra' ? (PURPOSE[segment.role] ?? '') : '',
  }));
}

function jsonRows(structure: JweStructure): Row[] {
  const many = structure.recipients.length > 1;
  return [
    ...structure.recipients.map((recipient, index) => ({
      name: many ? `Encrypted key ${index + 1}` : 'Encrypted key',
      size: sizeOf(recipient.encryptedKey),
      purpose: PURPOSE['encrypted-key'] ?? '',
    })),
    { name: 'Initialization vector', size: sizeOf(structure.iv), purpose: PURPOSE.iv ?? '' },
    { name: 'Ciphertext', size: sizeOf(structure.ciphertext), purpose: PURPOSE.ciphertext ?? '' },
    { name: 'Authentication tag', size: sizeOf(structure.tag), purpose: PURPOSE.tag ?? '' },
    ...(structure.aad !== undefined
      ? [
          {
            name: 'AAD',
            size: sizeOf(structure.aad),
            purpose: 'extra data the tag authenticates, not encrypted',
          },
        ]
      : []),
  ];
}

function sizeOf(text: string): string {
  const bytes = base64urlToBytes(text);
  return bytes === null ? 'not base64url' : `${bytes.length} bytes`;
}
