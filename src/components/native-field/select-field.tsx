import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import { NativeField } from './native-field';
import { NATIVE_INPUT_SX } from './native-input-sx';

/** One choice of a `SelectField`: its value and the text shown for it. */
export interface SelectOption<T extends string | number> {
  readonly value: T;
  readonly label: string;
}

interface SelectFieldProps<T extends string | number> {
  readonly id: string;
  readonly label: string;
  readonly help?: ReactNode;
  readonly value: T;
  readonly options: readonly SelectOption<T>[];
  readonly onChange: (value: T) => void;
  readonly disabled?: boolean;
  /** A stable test hook (`data-testid`), where PRODUCT.md names one. */
  readonly testId?: string;
  /** Shown first when `value` is none of the options (e.g. a header alg jwt-lab does not sign with). */
  readonly unknownLabel?: string;
  /** The field's box (width limits and the like). */
  readonly sx?: SxProps<Theme>;
  /** The select's own look, when a row of controls needs another height (default: NATIVE_INPUT_SX). */
  readonly selectSx?: SxProps<Theme>;
}

/**
 * A labelled native `<select>` (real keyboard and screen-reader behaviour on every platform), with
 * help text below it. The one select of jwt-lab: every page uses it.
 */
export function SelectField<T extends string | number>(props: SelectFieldProps<T>) {
  const { id, label, help, value, options, onChange, disabled, testId, unknownLabel, sx, selectSx } = props;
  const known = options.some((option) => option.value === value);
  return (
    <Box sx={sx}>
      <NativeField id={id} label={label} help={help}>
        <Box
          component="select"
          id={id}
          data-testid={testId}
          value={known ? String(value) : ''}
          disabled={disabled}
          aria-describedby={help ? `${id}-help` : undefined}
          onChange={(event) => {
            const picked = options.find((option) => String(option.value) === event.target.value);
            if (picked) onChange(picked.value);
          }}
          sx={selectSx ?? NATIVE_INPUT_SX}
        >
          {!known && <option value="">{unknownLabel ?? ''}</option>}
          {options.map((option) => (
            <option key={String(option.value)} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </Box>
      </NativeField>
    </Box>
  );
}
