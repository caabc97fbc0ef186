import { memo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { Theme } from '@mui/material/styles';
import { highlightJson, type JsonToken } from './highlight-json';

/** Above this size syntax colour is skipped: thousands of spans would make a huge payload sluggish. */
const HIGHLIGHT_LIMIT = 64 * 1024;
/** Above this size only the start is laid out until asked: a megabyte of wrapped text stalls layout. */
const PREVIEW_LIMIT = 100_000;

const COLORS: Record<JsonToken['kind'], [light: string, dark: string] | null> = {
  key: ['#7c2d92', '#e1a6f0'],
  string: ['#0b6e4f', '#86efac'],
  number: ['#1d4ed8', '#93c5fd'],
  literal: ['#b3261e', '#fca5a5'],
  punctuation: null,
  text: null,
};

interface JsonViewProps {
  readonly text: string;
  readonly testId?: string;
  readonly label: string;
  readonly json: boolean;
}

/** Pretty JSON (or plain text) in a monospace block, coloured, always rendered as text. */
export const JsonView = memo(function JsonView({ text, testId, label, json }: JsonViewProps) {
  const [showAll, setShowAll] = useState(false);
  const tokens = json && text.length <= HIGHLIGHT_LIMIT ? highlightJson(text) : null;
  const truncated = !showAll && text.length > PREVIEW_LIMIT;
  return (
    <>
      <Box
        component="pre"
        data-testid={testId}
        aria-label={label}
        tabIndex={0}
        sx={{
          m: 0,
          p: 1.5,
          fontFamily: 'var(--jwt-lab-mono)',
          fontSize: 13,
          lineHeight: 1.55,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-word',
          overflow: 'auto',
          maxHeight: 420,
          bgcolor: 'action.hover',
          borderRadius: 1,
        }}
      >
        {tokens
          ? tokens.map((token, index) => <Token key={index} token={token} />)
          : truncated
            ? `${text.slice(0, PREVIEW_LIMIT)}…`
            : text}
      </Box>
      {truncated && (
        <Button size="small" sx={{ mt: 1 }} onClick={() => setShowAll(true)}>
          Show all {text.length.toLocaleString('en-US')} characters (the first{' '}
          {PREVIEW_LIMIT.toLocaleString('en-US')} are shown)
        </Button>
      )}
    </>
  );
});

function Token({ token }: { readonly token: JsonToken }) {
  const colors = COLORS[token.kind];
  if (!colors) return token.text;
  return (
    <Box
      component="span"
      sx={(theme: Theme) => ({ color: colors[0], ...theme.applyStyles('dark', { color: colors[1] }) })}
    >
      {token.text}
    </Box>
  );
}
