import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import type { LabError } from '@/core/errors';
import { NativeField } from '@/components/native-field/native-field';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { FieldErrorText } from './field-error-text';

interface AuditTokenFieldProps {
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Why the token cannot be audited (shown beside the field). */
  readonly error: LabError | undefined;
  readonly disabled: boolean;
  /** Fills in a throwaway token signed with a published secret, and audits it. */
  readonly onTryExample: () => void;
}

/** The token to audit (stable hook `audit-token`), and a weak example for someone without one at hand. */
export function AuditTokenField({ value, onChange, error, disabled, onTryExample }: AuditTokenFieldProps) {
  return (
    <Stack spacing={1}>
      <NativeField id="audit-token" label="HS256, HS384 or HS512 token">
        <Box
          component="textarea"
          id="audit-token"
          data-testid="audit-token"
          rows={4}
          value={value}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder="eyJhbGciOiJIUzI1NiJ9…"
          aria-invalid={error !== undefined}
          aria-describedby="audit-token-error audit-example-help"
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
          sx={{
            ...NATIVE_INPUT_SX,
            fontFamily: 'var(--jwt-lab-mono)',
            fontSize: 13,
            resize: 'vertical',
            wordBreak: 'break-all',
          }}
        />
      </NativeField>
      <FieldErrorText id="audit-token-error" error={error} />
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          size="small"
          startIcon={<ScienceOutlinedIcon />}
          disabled={disabled}
          onClick={onTryExample}
        >
          Try a weak example token
        </Button>
        <Typography id="audit-example-help" variant="body2" sx={{ color: 'text.secondary' }}>
          No token at hand? A throwaway one, signed in this page with a published secret.
        </Typography>
      </Stack>
    </Stack>
  );
}
