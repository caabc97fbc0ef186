import Box from '@mui/material/Box';
import { NativeField } from '@/components/native-field/native-field';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { FieldError } from '@/components/field-error/field-error';
import type { LabError } from '@/core/errors';

interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
  readonly help?: string;
  readonly error?: LabError;
  readonly mono?: boolean;
}

/** A labelled native text input or textarea (`rows`), with its error shown beside it. */
export function LessonTextField({
  id,
  label,
  value,
  onChange,
  rows,
  help,
  error,
  mono = true,
}: TextFieldProps) {
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <Box sx={{ minWidth: 0 }}>
      <NativeField id={id} label={label} help={help}>
        <Box
          component={rows ? 'textarea' : 'input'}
          id={id}
          rows={rows}
          value={value}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
            onChange(event.target.value)
          }
          sx={{
            ...NATIVE_INPUT_SX,
            ...(mono ? { fontFamily: 'var(--jwt-lab-mono)', fontSize: 13 } : {}),
            ...(rows ? { resize: 'vertical' } : {}),
          }}
        />
      </NativeField>
      {error && <FieldError error={error} id={`${id}-error`} />}
    </Box>
  );
}

interface CheckboxFieldProps {
  readonly id: string;
  readonly label: React.ReactNode;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** A native checkbox with its label beside it. */
export function LessonCheckbox({ id, label, checked, onChange }: CheckboxFieldProps) {
  return (
    <Box
      component="label"
      htmlFor={id}
      sx={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: 1,
        cursor: 'pointer',
        typography: 'body2',
        py: 0.5,
      }}
    >
      <Box
        component="input"
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange(event.target.checked)}
        sx={{
          width: 18,
          height: 18,
          m: 0,
          mt: '1px',
          flexShrink: 0,
          accentColor: 'var(--mui-palette-primary-main)',
        }}
      />
      <span>{label}</span>
    </Box>
  );
}
