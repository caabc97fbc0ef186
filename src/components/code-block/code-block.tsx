import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopyButton } from '@/components/copy-button/copy-button';

interface CodeBlockProps {
  /** Visible caption, also the block's accessible name. */
  readonly label: string;
  readonly text: string;
  readonly testId?: string;
  /** Extra buttons beside "Copy" (a download, say). */
  readonly actions?: ReactNode;
  /** Past this the block scrolls (long PEMs); `'none'` shows it whole (short snippets whose end matters). */
  readonly maxHeight?: number | 'none';
}

/** Monospace text a person copies (a secret, a PEM, a command), with its caption and a copy button. */
export function CodeBlock({ label, text, testId, actions, maxHeight = 280 }: CodeBlockProps) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 0.5, flexWrap: 'wrap', rowGap: 0.5 }}
      >
        <Typography variant="subtitle2" component="h3" sx={{ minWidth: 0 }}>
          {label}
        </Typography>
        <Stack direction="row" spacing={1}>
          {actions}
          <CopyButton text={text} label="Copy" />
        </Stack>
      </Stack>
      <Box
        component="pre"
        data-testid={testId}
        aria-label={label}
        tabIndex={0}
        sx={{
          m: 0,
          p: 1.25,
          fontFamily: 'var(--jwt-lab-mono)',
          fontSize: 13,
          lineHeight: 1.5,
          // Go snippets are indented with tabs (gofmt); 8 columns a tab wastes a narrow column.
          tabSize: 4,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
          overflow: 'auto',
          maxHeight,
          bgcolor: 'action.hover',
          borderRadius: 1,
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
        }}
      >
        {text}
      </Box>
    </Box>
  );
}
