import Typography from '@mui/material/Typography';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import type { LabError } from '@/core/errors';

/** An error shown beside the field it belongs to, with its stable code for people who search for it. */
export function FieldError({ error, id }: { readonly error: LabError | undefined; readonly id?: string }) {
  if (!error) return null;
  return (
    <Typography
      id={id}
      variant="body2"
      data-error-code={error.code}
      sx={{ display: 'flex', gap: 0.75, alignItems: 'flex-start', color: 'error.main', mt: 1 }}
    >
      <ErrorOutlineIcon fontSize="small" aria-hidden sx={{ mt: '1px' }} />
      <span>{error.message}</span>
    </Typography>
  );
}
