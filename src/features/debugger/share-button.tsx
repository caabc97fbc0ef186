import { useState } from 'react';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import Alert from '@mui/material/Alert';
import LinkIcon from '@mui/icons-material/Link';

/**
 * Copies a link that opens this token in jwt-lab. The token goes in the fragment, which browsers never
 * send to a server; the key is never included.
 */
export function ShareButton({ token }: { readonly token: string }) {
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  const share = async () => {
    const link = `${window.location.origin}/#token=${encodeURIComponent(token)}`;
    try {
      await navigator.clipboard.writeText(link);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  };
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<LinkIcon />}
        disabled={token === ''}
        onClick={() => void share()}
      >
        Copy share link
      </Button>
      <Snackbar open={result !== null} autoHideDuration={6000} onClose={() => setResult(null)}>
        <Alert
          severity={result === 'copied' ? 'warning' : 'error'}
          onClose={() => setResult(null)}
          variant="filled"
        >
          {result === 'copied'
            ? 'Link copied — without the key. A token is a credential: anyone with this link can use it until it expires.'
            : 'The browser refused clipboard access; copy the token from the field instead.'}
        </Alert>
      </Snackbar>
    </>
  );
}
