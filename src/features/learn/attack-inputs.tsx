import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { AttackInputField } from '@/attacks/experiment';

/** The inputs an experiment runs with here (its defaults), so its steps' "the secret above" has an above. */
export function AttackInputs({ inputs }: { readonly inputs: readonly AttackInputField[] }) {
  return (
    <>
      <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 1 }}>
        Inputs: the Attacks page’s defaults (edit them there)
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'max-content minmax(0, 1fr)' },
          columnGap: 2,
          rowGap: 0.25,
          typography: 'body2',
          '& dt': { color: 'text.secondary' },
          '& dd': {
            m: 0,
            mb: { xs: 0.75, sm: 0 },
            fontFamily: 'var(--jwt-lab-mono)',
            fontSize: 13,
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
          },
        }}
      >
        {inputs.map((input) => (
          <Box key={input.name} sx={{ display: 'contents' }}>
            <dt>{input.label}</dt>
            <dd>{compact(input.initial)}</dd>
          </Box>
        ))}
      </Box>
    </>
  );
}

/** Pretty JSON claims on one line: the defaults are short, and a column of braces says little. */
function compact(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}
