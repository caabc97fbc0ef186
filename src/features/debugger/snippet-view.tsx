import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopyButton } from '@/components/copy-button/copy-button';
import type { VerifySnippet } from '@/snippets/snippet-types';

const MONO = { fontFamily: 'var(--jwt-lab-mono)', fontSize: 13 } as const;

/** One library's program (stable hook `verify-snippet`), what to put in its environment, and how to run it. */
export function SnippetView({ snippet, token }: { readonly snippet: VerifySnippet; readonly token: string }) {
  return (
    <Stack spacing={1.5}>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          // On a phone each name sits above what to put in it; wider, beside it.
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'auto minmax(0, 1fr)' },
          columnGap: 1.5,
          rowGap: { xs: 0.25, sm: 1 },
        }}
      >
        {snippet.env.map((variable) => (
          <Box key={variable.name} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ ...MONO, fontWeight: 700, pt: 0.25 }}>
              {variable.name}
            </Box>
            <Box component="dd" sx={{ m: 0, typography: 'body2', color: 'text.secondary' }}>
              {variable.value}
              {variable.name === 'TOKEN' && (
                <Box component="span" sx={{ ml: 1, display: 'inline-block' }}>
                  <CopyButton text={token} label="Copy token" />
                </Box>
              )}
            </Box>
          </Box>
        ))}
      </Box>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        Save as{' '}
        <Box component="code" sx={MONO}>
          {snippet.fileName}
        </Box>
        , then run{' '}
        <Box component="code" sx={MONO}>
          {snippet.install}
        </Box>{' '}
        and{' '}
        <Box component="code" sx={MONO}>
          {snippet.run}
        </Box>
        . It prints the verified claims and exits 0, or prints the library’s error and exits 1.
      </Typography>
      <Box>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 0.5 }}>
          <Typography variant="subtitle2" component="h3">
            {snippet.fileName}
          </Typography>
          <CopyButton text={snippet.code} label="Copy program" />
        </Stack>
        <Box
          component="pre"
          data-testid="verify-snippet"
          data-lang={snippet.lang}
          aria-label={`${snippet.label} program`}
          tabIndex={0}
          sx={{
            ...MONO,
            m: 0,
            p: 1.25,
            lineHeight: 1.5,
            tabSize: 4,
            overflow: 'auto',
            maxHeight: 520,
            bgcolor: 'action.hover',
            borderRadius: 1,
            '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
          }}
        >
          {snippet.code}
        </Box>
      </Box>
    </Stack>
  );
}
