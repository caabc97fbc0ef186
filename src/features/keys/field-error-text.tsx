import Typography from '@mui/material/Typography';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import type { LabError } from '@/core/errors';

/** An input error beside its field, with its stable code as a data attribute. Renders the id even when empty, so aria-describedby always resolves. */
export function FieldErrorText({ error, id }: { readonly error: LabError | undefined; readonly id: string }) {
  return (
    <Typography
      id={id}
      component="div"
      variant="body2"
      data-error-code={error?.code}
      sx={{ display: error ? 'flex' : 'none', gap: 0.75, alignItems: 'flex-start', color: 'error.main' }}
    >
      <ErrorOutlineIcon fontSize="small" aria-hidden sx={{ mt: '1px' }} />
      <span>{error?.message}</span>
    </Typography>
  );
}
