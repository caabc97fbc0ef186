import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopyButton } from '@/components/copy-button/copy-button';
import type { KeyPrompt } from '@/jwt/key-prompt';

/** What to paste for this algorithm; for an OIDC issuer, its discovery URL as text (never fetched). */
export function KeyPromptText({ prompt }: { readonly prompt: KeyPrompt }) {
  return (
    <Box sx={{ mt: 0.5 }}>
      <Typography variant="body2">{prompt.text}</Typography>
      {prompt.discoveryUrl && (
        <>
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', mt: 0.75, flexWrap: 'wrap', rowGap: 0.75 }}
          >
            <Box
              component="code"
              data-testid="discovery-url"
              sx={{
                fontFamily: 'var(--jwt-lab-mono)',
                fontSize: 13,
                px: 0.75,
                py: 0.25,
                borderRadius: 0.5,
                bgcolor: 'action.hover',
                overflowWrap: 'anywhere',
                minWidth: 0,
              }}
            >
              {prompt.discoveryUrl}
            </Box>
            <CopyButton text={prompt.discoveryUrl} label="Copy URL" />
          </Stack>
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
            Open it in a new tab yourself: jwt-lab never fetches anything. Its <code>jwks_uri</code> is the
            key set to paste here.
          </Typography>
        </>
      )}
    </Box>
  );
}
