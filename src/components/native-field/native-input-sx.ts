import type { SxProps, Theme } from '@mui/material/styles';

/** The look shared by jwt-lab's native inputs: real <textarea>, <select> and <input> elements, MUI-styled. */
export const NATIVE_INPUT_SX: SxProps<Theme> = {
  display: 'block',
  width: '100%',
  boxSizing: 'border-box',
  font: 'inherit',
  color: 'text.primary',
  bgcolor: 'background.paper',
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  px: 1.25,
  py: 0.75,
  outline: 'none',
  '&:hover:not(:disabled)': { borderColor: 'text.secondary' },
  '&:focus-visible': {
    borderColor: 'primary.main',
    boxShadow: (theme: Theme) => `0 0 0 2px ${theme.palette.primary.main}40`,
  },
  '&:disabled': { color: 'text.disabled' },
  '&[aria-invalid="true"]': { borderColor: 'error.main' },
  '&::placeholder': { color: 'text.secondary', opacity: 1 },
};
