import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

interface NativeFieldProps {
  readonly id: string;
  readonly label: string;
  readonly help?: ReactNode;
  readonly children: ReactNode;
}

/** A label above a native control, and optional help text below it (referenced by `${id}-help`). */
export function NativeField({ id, label, help, children }: NativeFieldProps) {
  return (
    <Box>
      <Typography component="label" htmlFor={id} variant="subtitle2" sx={{ display: 'block', mb: 0.5 }}>
        {label}
      </Typography>
      {children}
      {help && (
        <Typography id={`${id}-help`} variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
          {help}
        </Typography>
      )}
    </Box>
  );
}
