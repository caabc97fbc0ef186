import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

/** Shown for a path that is not one of jwt-lab's pages. */
export function NotFoundPage({ navigate }: { readonly navigate: (path: string) => void }) {
  return (
    <Stack spacing={2} sx={{ py: 6, alignItems: 'flex-start' }}>
      <Typography variant="h4" component="h1">
        No such page
      </Typography>
      <Typography>
        There is no page at {window.location.pathname}. The debugger is a good place to start.
      </Typography>
      <Button
        variant="contained"
        href="/"
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey) return;
          event.preventDefault();
          navigate('/');
        }}
      >
        Open the debugger
      </Button>
    </Stack>
  );
}
