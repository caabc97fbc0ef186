import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import DownloadIcon from '@mui/icons-material/Download';
import type { GeneratedKeyPair } from '@/keys/generate-key-pair';
import { CodeBlock } from '@/components/code-block/code-block';
import { downloadText } from './download-text';

type FormatId = 'private-pem' | 'private-jwk' | 'public-pem' | 'public-jwk' | 'jwks';

const FORMATS: readonly {
  id: FormatId;
  tab: string;
  label: string;
  file: string;
  text: (pair: GeneratedKeyPair) => string;
}[] = [
  {
    id: 'public-pem',
    tab: 'Public PEM',
    label: 'Public key (SPKI PEM)',
    file: 'public.pem',
    text: (p) => p.exports.publicPem,
  },
  {
    id: 'public-jwk',
    tab: 'Public JWK',
    label: 'Public key (JWK)',
    file: 'public.jwk.json',
    text: (p) => p.exports.publicJwkJson,
  },
  {
    id: 'jwks',
    tab: 'JWKS',
    label: 'JWK Set to publish (JWKS)',
    file: 'jwks.json',
    text: (p) => p.exports.jwksJson,
  },
  {
    id: 'private-pem',
    tab: 'Private PEM',
    label: 'Private key (PKCS#8 PEM)',
    file: 'private.pem',
    text: (p) => p.exports.privatePem,
  },
  {
    id: 'private-jwk',
    tab: 'Private JWK',
    label: 'Private key (JWK)',
    file: 'private.jwk.json',
    text: (p) => p.exports.privateJwkJson,
  },
];

/** The generated pair in each export format, one tab each, with copy and download. */
export function KeyPairFormats({ pair }: { readonly pair: GeneratedKeyPair }) {
  const [format, setFormat] = useState<FormatId>('public-pem');
  const chosen = FORMATS.find((entry) => entry.id === format) ?? FORMATS[0];
  if (!chosen) return null;
  const text = chosen.text(pair);
  return (
    <Box>
      <Tabs
        value={format}
        onChange={(_, value: FormatId) => setFormat(value)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label="Key format"
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 1.5, minHeight: 40 }}
      >
        {FORMATS.map((entry) => (
          <Tab
            key={entry.id}
            value={entry.id}
            label={entry.tab}
            id={`key-format-${entry.id}`}
            aria-controls="key-format-panel"
            sx={{ minHeight: 40, px: 1.5 }}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id="key-format-panel" aria-labelledby={`key-format-${chosen.id}`}>
        <CodeBlock
          label={chosen.label}
          text={text}
          maxHeight={240}
          actions={
            <Button
              size="small"
              variant="outlined"
              startIcon={<DownloadIcon />}
              aria-label={`Download ${chosen.file}`}
              onClick={() => downloadText(chosen.file, text)}
            >
              {chosen.file}
            </Button>
          }
        />
      </Box>
    </Box>
  );
}
