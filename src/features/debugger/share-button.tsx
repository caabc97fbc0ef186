import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import LinkIcon from '@mui/icons-material/Link';

type ShareResult = 'copied' | 'failed' | null;

/**
 * Copies a link that opens this token in jwt-lab. The token goes in the fragment, which browsers never
 * send to a server; the key is never included.
 */
export function ShareButton({ token }: { readonly token: string }) {
  const [result, setResult] = useState<ShareResult>(null);
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
    <Stack sx={{ alignItems: { md: 'flex-end' } }}>
      <Button
        variant="outlined"
        startIcon={<LinkIcon />}
        disabled={token === ''}
        onClick={() => void share()}
      >
        Copy share link
      </Button>
      <Typography
        role="status"
        variant="caption"
        sx={{
          color: result === 'failed' ? 'error.main' : 'warning.dark',
          maxWidth: 320,
          mt: result ? 0.5 : 0,
        }}
      >
        {result === 'copied' &&
          'Link copied, without the key. A token is a credential: anyone with this link can use it until it expires.'}
        {result === 'failed' &&
          'The browser refused clipboard access; copy the token from the field instead.'}
      </Typography>
    </Stack>
  );
}
