import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { AttackInputField } from '@/attacks/experiment';
import type { LabError } from '@/core/errors';
import { FieldError } from '@/components/field-error/field-error';
import { NativeField } from '@/components/native-field/native-field';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { SelectField } from '@/components/native-field/select-field';
import type { AttackInputs } from './attack-run-state';

interface AttackInputsProps {
  readonly attackId: string;
  readonly fields: readonly AttackInputField[];
  readonly values: AttackInputs;
  readonly open: boolean;
  readonly onOpenChange: (open: boolean) => void;
  readonly onChange: (name: string, value: string) => void;
  readonly onReset: () => void;
  /** The last run's input error, shown beside the field it names. */
  readonly error: { readonly field: string; readonly error: LabError } | null;
}

const MONO_FIELD = {
  ...NATIVE_INPUT_SX,
  fontFamily: 'var(--jwt-lab-mono)',
  fontSize: 13,
  resize: 'vertical',
} as const;

/** The experiment's editable inputs, folded away until asked for ("Edit the inputs"). */
export function AttackInputsPanel(props: AttackInputsProps) {
  const { attackId, fields, values, open, onOpenChange, onChange, onReset, error } = props;
  if (fields.length === 0) return null;
  const edited = fields.some((field) => values[field.name] !== field.initial);
  return (
    <Box
      component="details"
      open={open}
      onToggle={(event) => onOpenChange((event.currentTarget as HTMLDetailsElement).open)}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 1.5 }}
    >
      <Box
        component="summary"
        sx={{
          py: 1,
          cursor: 'pointer',
          fontWeight: 600,
          color: 'primary.main',
          borderRadius: 0.5,
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid' },
        }}
      >
        Edit the inputs{edited ? ' (edited)' : ''}
      </Box>
      <Stack spacing={1.5} sx={{ pb: 1.5 }}>
        {fields.map((field) => {
          const id = `${attackId}-input-${field.name}`;
          const fieldError = error?.field === field.name ? error.error : undefined;
          const value = values[field.name] ?? '';
          if (field.options) {
            return (
              <Box key={field.name}>
                <SelectField
                  id={id}
                  label={field.label}
                  help={field.helperText}
                  value={value}
                  options={field.options.map((option) => ({ value: option, label: option }))}
                  onChange={(next) => onChange(field.name, next)}
                />
                <FieldError error={fieldError} id={`${id}-error`} />
              </Box>
            );
          }
          const describedBy = [field.helperText && `${id}-help`, fieldError && `${id}-error`]
            .filter(Boolean)
            .join(' ');
          return (
            <Box key={field.name}>
              <NativeField id={id} label={field.label} help={field.helperText}>
                <Box
                  component={field.multiline ? 'textarea' : 'input'}
                  id={id}
                  value={value}
                  rows={field.multiline ? Math.min(Math.max(value.split('\n').length, 3), 12) : undefined}
                  spellCheck={false}
                  autoComplete="off"
                  aria-invalid={fieldError ? true : undefined}
                  aria-describedby={describedBy || undefined}
                  onChange={(event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
                    onChange(field.name, event.target.value)
                  }
                  sx={MONO_FIELD}
                />
              </NativeField>
              <FieldError error={fieldError} id={`${id}-error`} />
            </Box>
          );
        })}
        <Box>
          <Button size="small" onClick={onReset} disabled={!edited}>
            Reset the inputs
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
