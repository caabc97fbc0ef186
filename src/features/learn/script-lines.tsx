import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import type { ScriptLine } from './xss-script';

/** The injected script, line by line, each with what it got back (a leaked token is marked). */
export function ScriptLines({ lines }: { readonly lines: readonly ScriptLine[] }) {
  return (
    <Box
      component="ol"
      aria-label="The injected script and what each line returned"
      sx={{
        m: 0,
        p: 1.25,
        listStyle: 'none',
        bgcolor: 'action.hover',
        borderRadius: 1,
        fontFamily: 'var(--jwt-lab-mono)',
        fontSize: 13,
        display: 'grid',
        gap: 0.75,
        minWidth: 0,
      }}
    >
      {lines.map((line) => (
        <Box component="li" key={line.code} sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          <div>{line.code}</div>
          <Box
            sx={(theme: Theme) => ({
              color: line.exposesToken ? '#b91c1c' : 'text.secondary',
              fontWeight: line.exposesToken ? 700 : 400,
              ...theme.applyStyles('dark', { color: line.exposesToken ? '#fca5a5' : undefined }),
            })}
          >
            → {line.result}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
