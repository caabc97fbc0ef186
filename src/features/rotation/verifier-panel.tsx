import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatJwks, listSecrets } from '@/rotation/real-keys';
import { jwksFetchedAt, nextJwksFetch } from '@/rotation/verifier-view';
import { formatSimTime, type World } from '@/rotation/world';
import { CopyButton } from '@/components/copy-button/copy-button';
import { describeCacheTtl } from './issuer-settings';
import { keySetAsJwks } from './open-in-debugger';
import type { CryptoSnapshot } from './use-crypto-run';

interface VerifierPanelProps {
  readonly world: World;
  readonly viewS: number;
  readonly crypto: CryptoSnapshot | null;
  readonly onRefresh: () => void;
}

const CODE_SX = {
  m: 0,
  p: 1.25,
  maxHeight: 260,
  overflow: 'auto',
  fontFamily: 'var(--jwt-lab-mono)',
  fontSize: 12,
  lineHeight: 1.5,
  bgcolor: 'action.hover',
  borderRadius: 1,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
} as const;

/** What the verifier holds at the moment shown: the real public JWKS and the real secret set. */
export function VerifierPanel({ world, viewS, crypto, onRefresh }: VerifierPanelProps) {
  const keySet = crypto?.run.keySet;
  const secrets = keySet ? listSecrets(keySet) : [];
  const ttl = world.verifier.jwksCacheTtlS;
  const next = nextJwksFetch(world.verifier, viewS);
  return (
    <Paper component="section" aria-labelledby="verifier-title" sx={{ p: 2, minWidth: 0 }}>
      <Typography id="verifier-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
        Verifier at {formatSimTime(world, viewS)}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
        Real keys made in this page with WebCrypto (throwaway). Every token above was signed and checked with
        jose against exactly this set.
      </Typography>
      <Stack spacing={2}>
        <Box>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 0.75, flexWrap: 'wrap' }}>
            <Typography component="h3" variant="subtitle2" sx={{ mr: 'auto' }}>
              Public JWKS (ES256 keys)
            </Typography>
            {keySet && <CopyButton text={formatJwks(keySet)} label="Copy JWKS" />}
          </Stack>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 0.75 }}>
            {ttl === 0
              ? `${describeCacheTtl(ttl)}: the verifier fetches the JWKS for every token.`
              : `${describeCacheTtl(ttl)}: this is the set fetched at ${formatSimTime(world, jwksFetchedAt(world.verifier, viewS))}${next === null ? '' : `; next fetch at ${formatSimTime(world, next)}`}.`}
          </Typography>
          <Box component="pre" aria-label="The verifier's JWKS" tabIndex={0} sx={CODE_SX}>
            {keySet ? formatJwks(keySet) : 'Generating keys…'}
          </Box>
          {ttl > 0 && (
            <Button size="small" sx={{ mt: 0.75 }} onClick={onRefresh}>
              Fetch the JWKS now
            </Button>
          )}
        </Box>
        <Box>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 0.75, flexWrap: 'wrap' }}>
            <Typography component="h3" variant="subtitle2" sx={{ mr: 'auto' }}>
              Secret set (HS256 secrets by kid)
            </Typography>
            {keySet && secrets.length > 0 && (
              <CopyButton text={keySetAsJwks({ ...keySet, jwks: { keys: [] } })} label="Copy as JWKS" />
            )}
          </Stack>
          {secrets.length === 0 ? (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              No HMAC secrets accepted at this moment.
            </Typography>
          ) : (
            <Box
              component="dl"
              sx={{ ...CODE_SX, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 1.5 }}
            >
              {secrets.map(({ kid, secret }) => (
                <Box key={kid} sx={{ display: 'contents' }}>
                  <Box component="dt" sx={{ fontWeight: 700 }}>
                    {kid}
                  </Box>
                  <Box component="dd" sx={{ m: 0 }}>
                    {secret}
                  </Box>
                </Box>
              ))}
            </Box>
          )}
          <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 0.5 }}>
            Secrets shown in base64url. They never belong in a JWKS that anyone can fetch; the copy is for the
            debugger.
          </Typography>
        </Box>
      </Stack>
    </Paper>
  );
}
