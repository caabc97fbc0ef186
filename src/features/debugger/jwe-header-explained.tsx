import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Decryption } from '@/jwe/decryption';
import { explainJweHeader } from '@/jwe/header-explained';
import type { JweStructure } from '@/jwe/jwe-structure';

interface JweHeaderExplainedProps {
  readonly structure: JweStructure;
  readonly decryption: Decryption | null;
  readonly p2cLimit: number;
}

const SERIALIZATION: Record<JweStructure['serialization'], string> = {
  compact: 'Compact serialization: the whole header is protected — it is part of the authenticated data.',
  'json-flattened':
    'Flattened JSON serialization: members of the shared "unprotected" and per-recipient "header" are not authenticated; only the protected header is.',
  'json-general':
    'General JSON serialization: one ciphertext for several recipients, each with its own header and encrypted key. Only the protected header is authenticated.',
};

/** The JWE header member by member (`alg`, `enc`, `zip`, `epk`, `p2s`, `p2c`, `apu`, `apv`, `cty` …). */
export function JweHeaderExplained({ structure, decryption, p2cLimit }: JweHeaderExplainedProps) {
  const shown = decryption?.recipient?.index ?? 0;
  const recipient = structure.recipients[shown] ?? structure.recipients[0];
  if (!recipient) return null;
  const rows = explainJweHeader(recipient.joseHeader, p2cLimit);
  const count = structure.recipients.length;
  return (
    <Paper component="section" aria-labelledby="jwe-header-title" sx={{ p: 2 }}>
      <Typography id="jwe-header-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        Header, explained{count > 1 ? ` (recipient ${shown + 1} of ${count})` : ''}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {SERIALIZATION[structure.serialization]}
      </Typography>
      {count > 1 && (
        <Box component="ul" aria-label="Recipients" sx={{ m: 0, mb: 1, pl: 2.5 }}>
          {structure.recipients.map((entry, index) => (
            <Typography component="li" variant="body2" key={index}>
              Recipient {index + 1}: {String(entry.joseHeader.alg)}
              {typeof entry.joseHeader.kid === 'string' && `, kid "${entry.joseHeader.kid}"`}
              {entry.joseHeader.alg === 'RSA1_5'
                ? ' — refused'
                : index === shown && decryption?.state === 'verified'
                  ? ' — decrypted'
                  : ''}
            </Typography>
          ))}
        </Box>
      )}
      <Box component="dl" sx={{ m: 0 }}>
        {rows.map((row) => (
          <Box key={row.name} sx={{ py: 0.75, borderTop: 1, borderColor: 'divider' }}>
            <Typography component="dt" variant="body2" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
              <Box component="code" sx={{ fontFamily: 'var(--jwt-lab-mono)' }}>
                {row.name}
              </Box>
              {': '}
              <Box
                component="span"
                sx={{ fontFamily: 'var(--jwt-lab-mono)', color: row.refused ? 'error.main' : 'text.primary' }}
              >
                {row.value}
              </Box>
              {!isProtected(structure, row.name) && (
                <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400 }}>
                  {' '}
                  (unprotected)
                </Box>
              )}
            </Typography>
            <Typography component="dd" variant="body2" sx={{ m: 0, color: 'text.secondary' }}>
              {row.meaning}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}

function isProtected(structure: JweStructure, name: string): boolean {
  return structure.protectedHeader !== null && Object.hasOwn(structure.protectedHeader, name);
}
