import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { LabError } from '@/core/errors';
import type { SourceChoice, SourceKind } from './audit-source';
import { BruteForceFields } from './brute-force-fields';
import { FieldErrorText } from './field-error-text';
import { WordlistDrop } from './wordlist-drop';

const KINDS: readonly { kind: SourceKind; label: string; help: string }[] = [
  {
    kind: 'known',
    label: 'Published secrets',
    help: 'the wallarm/jwt-secrets list (103,781 secrets) and well-known defaults',
  },
  { kind: 'wordlist', label: 'A wordlist file', help: 'yours, read in this page' },
  { kind: 'brute', label: 'Brute force', help: 'every string over an alphabet, up to a length' },
];

interface AuditSourceFieldsProps {
  readonly choice: SourceChoice;
  readonly onChange: (change: Partial<SourceChoice>) => void;
  /** Why the brute-force fields cannot run as they are. */
  readonly bruteError: LabError | undefined;
  /** What the brute force covers, once it is valid. */
  readonly bruteSummary: string | null;
  readonly disabled: boolean;
}

/** Where the candidates come from, and that source's own fields. */
export function AuditSourceFields({
  choice,
  onChange,
  bruteError,
  bruteSummary,
  disabled,
}: AuditSourceFieldsProps) {
  return (
    <Box component="fieldset" disabled={disabled} sx={{ border: 0, m: 0, p: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 0.5, p: 0 }}>
        Candidates to try
      </Typography>
      <Stack spacing={0.5} sx={{ mb: 1.5 }}>
        {KINDS.map(({ kind, label, help }) => (
          <Box
            component="label"
            key={kind}
            sx={{ display: 'flex', gap: 1, alignItems: 'baseline', cursor: 'pointer', typography: 'body2' }}
          >
            <input
              type="radio"
              name="audit-source"
              value={kind}
              checked={choice.kind === kind}
              aria-labelledby={`audit-source-${kind}`}
              aria-describedby={`audit-source-${kind}-help`}
              onChange={() => onChange({ kind })}
            />
            <span>
              <strong id={`audit-source-${kind}`}>{label}</strong>{' '}
              <Box component="span" id={`audit-source-${kind}-help`} sx={{ color: 'text.secondary' }}>
                — {help}
              </Box>
            </span>
          </Box>
        ))}
      </Stack>
      {choice.kind === 'wordlist' && (
        <WordlistDrop wordlist={choice.wordlist} onLoad={(wordlist) => onChange({ wordlist })} />
      )}
      {choice.kind === 'brute' && (
        <Stack spacing={1}>
          <BruteForceFields choice={choice} onChange={onChange} />
          <FieldErrorText id="brute-error" error={bruteError} />
          {bruteSummary && (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              Covers {bruteSummary}.
            </Typography>
          )}
        </Stack>
      )}
    </Box>
  );
}
