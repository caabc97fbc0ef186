import { useEffect, useState } from 'react';
import Button from '@mui/material/Button';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';

/** Copies `text`; says "Copied" (or that the browser refused) in its own label for a moment. */
export function CopyButton({ text, label }: { readonly text: string; readonly label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  // The label goes back after a moment; the timer dies with the button.
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [state]);
  return (
    <Button
      size="small"
      variant="outlined"
      startIcon={state === 'copied' ? <CheckIcon /> : <ContentCopyIcon />}
      onClick={() => void copy()}
      aria-live="polite"
      sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
    >
      {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy refused' : label}
    </Button>
  );
}
