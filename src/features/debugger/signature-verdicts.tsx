import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { SignatureVerdict } from '@/jwt/verify-candidates';

/** For a JWS with several signatures: each one's own verdict with the key given. */
export function SignatureVerdicts({ verdicts }: { readonly verdicts: readonly SignatureVerdict[] }) {
  return (
    <Box component="ul" aria-label="Each signature" sx={{ m: 0, mt: 0.75, pl: 2.5 }}>
      {verdicts.map((verdict) => (
        <Typography component="li" variant="body2" key={verdict.index} sx={{ mt: 0.25 }}>
          Signature {verdict.index + 1} ({verdict.alg}
          {verdict.kid ? `, kid "${verdict.kid}"` : ''}):{' '}
          {verdict.verified ? (
            <strong>verified with this key</strong>
          ) : (
            `not verified — ${verdict.reason ?? ''}`
          )}
        </Typography>
      ))}
    </Box>
  );
}
