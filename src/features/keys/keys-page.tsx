import { useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { recommendedSecretBytes } from '@/keys/generate-secret';
import type { KeyPairKind } from '@/keys/generate-key-pair';
import { AuditPanel } from './audit-panel';
import { DiyPanel } from './diy-panel';
import { GenerateKeyPairPanel } from './generate-key-pair-panel';
import { GenerateSecretPanel } from './generate-secret-panel';
import { StrengthPanel } from './strength-panel';

const TWO_COLUMNS = {
  display: 'grid',
  gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
  gap: 2.5,
  alignItems: 'start',
} as const;

/** The Keys page (`/keys`): generate secrets and key pairs, check a secret's strength, audit a token. */
export function KeysPage() {
  const [secretSize, setSecretSize] = useState(String(recommendedSecretBytes('HS256')));
  const [keyKind, setKeyKind] = useState<KeyPairKind>('RSA-2048');
  const size = Number(secretSize);
  const diyBytes = Number.isInteger(size) && size >= 1 && size <= 1024 ? size : 32;
  return (
    <Stack spacing={2.5}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700, letterSpacing: '-0.02em' }}>
          Keys
        </Typography>
        <Typography sx={{ color: 'text.secondary', maxWidth: 760 }}>
          Generate secrets and key pairs the right way, see how strong a secret really is, and watch a weak
          one fall to an offline attack on a single token. Keys are made and kept in this page only.
        </Typography>
      </Box>
      <Box sx={TWO_COLUMNS}>
        <GenerateSecretPanel sizeText={secretSize} onSizeChange={setSecretSize} />
        <GenerateKeyPairPanel kind={keyKind} onKindChange={setKeyKind} />
      </Box>
      <DiyPanel secretBytes={diyBytes} keyKind={keyKind} />
      <StrengthPanel />
      <AuditPanel />
    </Stack>
  );
}
