import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';

interface CopyButtonProps {
  readonly text: string;
  /** What is copied, for the accessible name: "Copy token" */
  readonly label: string;
  readonly disabled?: boolean;
  readonly size?: 'small' | 'medium';
}

/** Copies text to the clipboard and says so for two seconds ("Copied"), or that the browser refused. */
export function CopyButton({ text, label, disabled = false, size = 'small' }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);
  return (
    <Button
      size={size}
      variant="outlined"
      disabled={disabled || text === ''}
      startIcon={state === 'copied' ? <CheckIcon /> : <ContentCopyIcon />}
      onClick={() =>
        navigator.clipboard.writeText(text).then(
          () => setState('copied'),
          () => setState('failed'),
        )
      }
      aria-live="polite"
      sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy refused by the browser' : label}
    </Button>
  );
}
