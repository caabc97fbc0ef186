import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { planSnippets } from '@/snippets/snippet-options';
import { SNIPPET_LANGS, type SnippetLang } from '@/snippets/snippet-types';
import { programLabel, PROGRAMS, verifySnippet } from '@/snippets/verify-snippets';
import { SnippetView } from './snippet-view';
import type { DebuggerState } from './use-debugger-state';

/** One tab per library, each with the program for the token, key form and claim checks on screen. */
export function VerifyInCodePanel({ state }: { readonly state: DebuggerState }) {
  const [chosen, setChosen] = useState<SnippetLang>('node-jose');
  const { decoded, verification, encoding, skewSeconds, expectedIssuer, expectedAudience } = state;
  const keySource = verification.key?.source;
  const plan = useMemo(
    () =>
      planSnippets({ token: decoded, keySource, encoding, skewSeconds, expectedIssuer, expectedAudience }),
    [decoded, keySource, encoding, skewSeconds, expectedIssuer, expectedAudience],
  );
  if (!plan.ok)
    return (
      <Alert id="verify-in-code-panel" severity="info" sx={{ mt: 2 }}>
        {plan.error.message}
      </Alert>
    );
  const { options, notes } = plan.value;
  return (
    // Inline-size containment: the programs' long lines scroll inside their block instead of widening
    // the page (on a phone the debugger's column would otherwise grow to the longest line).
    <Box id="verify-in-code-panel" sx={{ mt: 1.5, contain: 'inline-size' }}>
      <Tabs
        value={chosen}
        onChange={(_, value: SnippetLang) => setChosen(value)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label="Library"
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 2, minHeight: 48 }}
      >
        {SNIPPET_LANGS.map((lang) => (
          <Tab
            key={lang}
            value={lang}
            aria-label={programLabel(lang)}
            label={
              <Box component="span" sx={{ display: 'flex', flexDirection: 'column', lineHeight: 1.3 }}>
                <Box component="span" sx={{ typography: 'caption', color: 'text.secondary' }}>
                  {PROGRAMS[lang].runtime}
                </Box>
                {PROGRAMS[lang].name}
              </Box>
            }
            id={`snippet-tab-${lang}`}
            aria-controls={`snippet-panel-${lang}`}
            sx={{ minHeight: 48, px: 1.5, py: 0.75, textTransform: 'none', minWidth: 0 }}
          />
        ))}
      </Tabs>
      {notes.map((note) => (
        <Alert key={note} severity="info" sx={{ mb: 2 }}>
          {note}
        </Alert>
      ))}
      {/* Every program stays in the page (hidden but for the chosen one), so each can be read and copied. */}
      {SNIPPET_LANGS.map((lang) => {
        const result = verifySnippet(lang, options);
        return (
          <Box
            key={lang}
            role="tabpanel"
            id={`snippet-panel-${lang}`}
            aria-labelledby={`snippet-tab-${lang}`}
            hidden={lang !== chosen}
          >
            {result.ok ? (
              <SnippetView snippet={result.value} token={state.extracted.token} />
            ) : (
              <Alert severity="info">{result.error.message}</Alert>
            )}
          </Box>
        );
      })}
    </Box>
  );
}
