import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { DebuggerVerdict } from '@/jwt/compose-verdict';

/** Under a verified signature: each failed claim check (exactly why, and what would pass), then those that passed. */
export function ClaimChecks({ verification }: { readonly verification: DebuggerVerdict }) {
  const { claimFailures, claimPasses } = verification;
  if (claimFailures.length === 0 && claimPasses.length === 0) return null;
  return (
    <Box sx={{ mt: 0.75 }}>
      {claimFailures.length > 0 && (
        <Box component="ul" aria-label="Failed claim checks" sx={{ m: 0, pl: 2.5 }}>
          {claimFailures.map((failure) => (
            <Typography
              component="li"
              variant="body2"
              key={failure.code + failure.message}
              data-error-code={failure.code}
              sx={{ mt: 0.25 }}
            >
              {failure.message}
            </Typography>
          ))}
        </Box>
      )}
      {claimPasses.length > 0 && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
          Claim checks passed: {claimPasses.join(' · ')}.
        </Typography>
      )}
    </Box>
  );
}
