import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { KeyPairKind } from '@/keys/generate-key-pair';
import {
  keyPairSnippets,
  LOAD_FROM_ENV_SNIPPETS,
  secretSnippets,
  SECRET_STORAGE_NOTE,
  type Snippet,
} from '@/keys/diy-snippets';
import { CodeBlock } from '@/components/code-block/code-block';
import { KeysSection } from './keys-section';

type DiyTab = 'secret' | 'key-pair' | 'load';

interface DiyPanelProps {
  /** The secret size chosen above (bytes). */
  readonly secretBytes: number;
  readonly keyKind: KeyPairKind;
}

/** The same generation as commands for a terminal and code in common languages, and where to keep the result. */
export function DiyPanel({ secretBytes, keyKind }: DiyPanelProps) {
  const [tab, setTab] = useState<DiyTab>('secret');
  const tabs: readonly { id: DiyTab; label: string; snippets: readonly Snippet[] }[] = [
    { id: 'secret', label: `Secret (${secretBytes} bytes)`, snippets: secretSnippets(secretBytes) },
    { id: 'key-pair', label: `Key pair (${keyKind})`, snippets: keyPairSnippets(keyKind) },
    { id: 'load', label: 'Load it from the environment', snippets: LOAD_FROM_ENV_SNIPPETS },
  ];
  const chosen = tabs.find((entry) => entry.id === tab) ?? tabs[0];
  if (!chosen) return null;
  return (
    <KeysSection
      id="diy"
      title="Do it yourself"
      subtitle="The same generation without this page: every command below draws from the operating system's CSPRNG."
    >
      <Tabs
        value={tab}
        onChange={(_, value: DiyTab) => setTab(value)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label="What to generate"
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2, minHeight: 40 }}
      >
        {tabs.map((entry) => (
          <Tab
            key={entry.id}
            value={entry.id}
            label={entry.label}
            id={`diy-tab-${entry.id}`}
            aria-controls="diy-panel"
            sx={{ minHeight: 40, px: 1.5 }}
          />
        ))}
      </Tabs>
      <Box
        role="tabpanel"
        id="diy-panel"
        aria-labelledby={`diy-tab-${chosen.id}`}
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
          gap: 2,
        }}
      >
        {chosen.snippets.map((snippet) => (
          // Whole, never scrolled: a snippet cut before its closing brace reads as broken code.
          <CodeBlock key={snippet.label} label={snippet.label} text={snippet.code} maxHeight="none" />
        ))}
      </Box>
      <Alert severity="warning" sx={{ mt: 2 }}>
        <strong>Where to keep it.</strong> {SECRET_STORAGE_NOTE} Use one secret per purpose and environment.
      </Alert>
    </KeysSection>
  );
}
