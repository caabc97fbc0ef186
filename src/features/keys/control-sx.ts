import type { SxProps, Theme } from '@mui/material/styles';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';

/** Native selects and inputs that share a row: one height, so their labels line up. */
// NATIVE_INPUT_SX is a plain style object; SxProps' type also allows arrays and functions, hence the cast.
export const ROW_CONTROL_SX: SxProps<Theme> = { ...(NATIVE_INPUT_SX as object), height: 40 };

/** The same, in the monospace font (alphabets, keys). */
export const MONO_ROW_CONTROL_SX: SxProps<Theme> = {
  ...(NATIVE_INPUT_SX as object),
  height: 40,
  fontFamily: 'var(--jwt-lab-mono)',
};

/** Inside a full-width panel: inputs on the left, what they produce on the right (stacked on phones). */
export const PANEL_COLUMNS_SX: SxProps<Theme> = {
  display: 'grid',
  gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
  gap: { xs: 2, md: 3 },
  alignItems: 'start',
};
