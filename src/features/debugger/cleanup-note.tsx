import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';

interface CleanupNoteProps {
  readonly notes: readonly string[];
  /** The field shows the cleaned token; undo puts the paste back as it was. */
  readonly canUndo: boolean;
  readonly onUndo: () => void;
}

/** Says what the tolerant paste removed (nothing is changed silently), with a way back. */
export function CleanupNote({ notes, canUndo, onUndo }: CleanupNoteProps) {
  return (
    <Box id="token-notes" aria-live="polite">
      {notes.length > 0 && (
        <Alert
          severity="info"
          sx={{ mt: 1.5 }}
          action={
            canUndo ? (
              <Button color="inherit" size="small" onClick={onUndo}>
                Undo cleanup
              </Button>
            ) : undefined
          }
        >
          Cleaned up the paste: {notes.join(' ')}
        </Alert>
      )}
    </Box>
  );
}
