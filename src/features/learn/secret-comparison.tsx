import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import type { SecretAssessment, SecretVerdict } from '@/audit/assess-secret';
import type { Result } from '@/core/errors';
import type { HmacAlgorithm } from '@/keys/generate-secret';

type Assessed = Result<SecretAssessment> | null;

interface SecretComparisonProps {
  readonly alg: HmacAlgorithm;
  readonly generated: Assessed;
  readonly human: Assessed;
}

const VERDICT: Readonly<Record<SecretVerdict, { word: string; light: string; dark: string }>> = {
  strong: { word: 'Strong', light: '#15803d', dark: '#86efac' },
  weak: { word: 'Weak', light: '#b45309', dark: '#fbbf24' },
  public: { word: 'Public', light: '#b91c1c', dark: '#fca5a5' },
};

/** The two secrets side by side: size, entropy, verdict, and how long one GPU needs to try every guess. */
export function SecretComparison({ alg, generated, human }: SecretComparisonProps) {
  const columns = [
    { name: 'Generated', assessed: generated },
    { name: 'Chosen by a person', assessed: human },
  ];
  const rows: readonly { label: string; cell: (a: SecretAssessment) => React.ReactNode }[] = [
    { label: 'Verdict', cell: (a) => <Verdict verdict={a.verdict} /> },
    {
      label: 'Size',
      cell: (a) => `${a.bytes} bytes${a.meetsMinimum[alg] ? '' : ` — under ${alg}’s ${a.minimumBytes[alg]}`}`,
    },
    { label: 'Estimated entropy', cell: (a) => `${Math.round(a.entropyBits)} bits` },
    { label: `Time to try every guess on one RTX 4090 (${alg})`, cell: (a) => a.crackTime.gpu[alg].text },
    { label: 'Why', cell: (a) => a.reasons[0] ?? '' },
  ];
  return (
    <Box sx={{ mt: 2, overflowX: 'auto' }}>
      <Box component="table" sx={TABLE_SX}>
        <caption>The two secrets, assessed</caption>
        <thead>
          <tr>
            <td />
            {columns.map((column) => (
              <th key={column.name} scope="col">
                {column.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {columns.map(({ name, assessed }) => (
                <td key={name}>
                  {assessed === null ? '…' : assessed.ok ? row.cell(assessed.value) : assessed.error.message}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}

function Verdict({ verdict }: { readonly verdict: SecretVerdict }) {
  const look = VERDICT[verdict];
  return (
    <Box
      component="span"
      data-verdict={verdict}
      sx={(theme: Theme) => ({
        fontWeight: 700,
        color: look.light,
        ...theme.applyStyles('dark', { color: look.dark }),
      })}
    >
      {look.word}
    </Box>
  );
}

const TABLE_SX = {
  width: '100%',
  borderCollapse: 'collapse',
  typography: 'body2',
  '& caption': { captionSide: 'top', textAlign: 'left', fontWeight: 700, pb: 0.5 },
  '& th, & td': { textAlign: 'left', verticalAlign: 'top', p: 0.75, borderBottom: 1, borderColor: 'divider' },
  '& tbody th': { fontWeight: 600, color: 'text.secondary', width: { xs: '30%', md: '24%' } },
  '& td': { overflowWrap: 'anywhere' },
} as const;
