import Box from '@mui/material/Box';
import { checkSelectedClaims, type ClaimCheckSelection } from '@/jwt/selected-claim-checks';
import { AUDIENCE, ISSUER, USAGE_CASES, type SignedCase, type UsageCase } from './usage-tokens';
import { VerdictLine, type VerifierState } from './verdict-line';

interface UsageVerdictsProps {
  readonly cases: ReadonlyMap<UsageCase['id'], SignedCase>;
  readonly selection: ClaimCheckSelection;
  /** The moment the tokens were sent: claims are checked against it, not against a clock read in render. */
  readonly nowMs: number;
}

/** The verifier's verdict on each token: the pinned signature check first, then the claim checks chosen. */
export function UsageVerdicts({ cases, selection, nowMs }: UsageVerdictsProps) {
  return (
    <Box
      component="ul"
      aria-label="The verifier’s verdicts"
      sx={{
        listStyle: 'none',
        m: 0,
        mt: 2,
        p: 0,
        display: 'grid',
        gap: 1,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
      }}
    >
      {USAGE_CASES.map((usage) => {
        const signed = cases.get(usage.id);
        if (!signed) return null;
        const { state, reason } = judge(signed, selection, nowMs);
        return (
          <li key={usage.id}>
            <VerdictLine state={state} good={(state === 'accepted') === usage.shouldPass} label={usage.label}>
              <strong>{usage.label}.</strong> {reason}
            </VerdictLine>
          </li>
        );
      })}
    </Box>
  );
}

function judge(
  signed: SignedCase,
  selection: ClaimCheckSelection,
  nowMs: number,
): { state: VerifierState; reason: string } {
  const { verification } = signed;
  if (verification.state !== 'verified')
    return {
      state: 'refused',
      reason: `${verification.headline}${verification.error ? `: ${verification.error.message}` : '.'}`,
    };
  const claims = checkSelectedClaims(signed.payload, selection, {
    nowMs,
    issuer: ISSUER,
    audience: AUDIENCE,
  });
  const [failure] = claims.failures;
  if (failure)
    return { state: 'refused', reason: `The signature verifies, but ${lowerFirst(failure.message)}` };
  const checked =
    claims.passed.length > 0 ? ` Checked: ${claims.passed.join('; ')}.` : ' No claim was checked.';
  return { state: 'accepted', reason: `The signature verifies (HS256).${checked}` };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
