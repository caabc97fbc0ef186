import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { explainBase64url } from '@/jwt/base64url-steps';

interface Base64urlGroupsProps {
  readonly bytes: Uint8Array;
  /** How many 3-byte groups to spell out. */
  readonly groups: number;
}

/** Shows how base64url writes the first bytes: characters → bytes → bits → 6-bit numbers → characters. */
export function Base64urlGroups({ bytes, groups }: Base64urlGroupsProps) {
  const shown = explainBase64url(bytes, groups);
  return (
    <Box
      component="ol"
      aria-label="Base64url, three bytes at a time"
      sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1, minWidth: 0 }}
    >
      {shown.map((group, index) => (
        <Box
          component="li"
          key={index}
          sx={{ display: 'grid', gap: 0.25, fontFamily: 'var(--jwt-lab-mono)', fontSize: 13, minWidth: 0 }}
        >
          <span>
            <Box component="span" sx={{ color: 'text.secondary' }}>
              bytes{' '}
            </Box>
            {group.bytes.map((byte) => `${printable(byte)} ${byte}`).join(' · ')}
          </span>
          <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
            <Box component="span" sx={{ color: 'text.secondary' }}>
              bits{' '}
            </Box>
            {group.byteBits.join(' ')}
            {group.paddingBits > 0 && ` + ${'0'.repeat(group.paddingBits)}`}
          </Box>
          <Box component="span" sx={{ overflowWrap: 'anywhere' }}>
            <Box component="span" sx={{ color: 'text.secondary' }}>
              6-bit{' '}
            </Box>
            {group.sextets.map((sextet) => `${sextet.bits}=${sextet.value}→${sextet.char}`).join('  ')}
          </Box>
        </Box>
      ))}
      <Typography component="li" variant="body2" sx={{ color: 'text.secondary' }}>
        …and so on: every 3 bytes become 4 characters of A–Z a–z 0–9 - _.
      </Typography>
    </Box>
  );
}

/** A byte as the ASCII character it is, quoted, or as a dot when it is not printable. */
function printable(byte: number): string {
  return byte >= 0x20 && byte < 0x7f ? `'${String.fromCharCode(byte)}'` : '·';
}
