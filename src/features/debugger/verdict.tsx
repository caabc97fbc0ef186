import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import GppBadIcon from '@mui/icons-material/GppBad';
import ErrorIcon from '@mui/icons-material/Error';
import { isJwsAlgorithm } from '@/core/algorithms';
import type { DebuggerVerdict } from '@/jwt/compose-verdict';
import { ENCODING_NAMES } from '@/keys/encoding-names';
import type { VerdictState } from '@/jwt/verification';
import type { SecretEncoding } from '@/keys/key-types';
import { AttackLink } from './attack-link';
import { ClaimChecks } from './claim-checks-list';
import { KeyPromptText } from './key-prompt-text';
import { SignatureVerdicts } from './signature-verdicts';

type Tone = 'success' | 'error' | 'warning' | 'info';

const LOOK: Record<Exclude<VerdictState, 'pending'>, { tone: Tone; Icon: typeof CheckCircleIcon }> = {
  verified: { tone: 'success', Icon: CheckCircleIcon },
  invalid: { tone: 'error', Icon: CancelIcon },
  unverified: { tone: 'info', Icon: HelpOutlineIcon },
  unsecured: { tone: 'warning', Icon: GppBadIcon },
  error: { tone: 'error', Icon: ErrorIcon },
};

interface VerdictProps {
  readonly verification: DebuggerVerdict;
  readonly onEncodingChange: (encoding: SecretEncoding) => void;
  /** For a JWE: the content encryption the decryption was pinned to. */
  readonly enc?: string | undefined;
}

/** The verdict (stable hook `verify-status`, `data-state` as PRODUCT.md defines it) and why. */
export function Verdict({ verification, onEncodingChange, enc }: VerdictProps) {
  const { state } = verification;
  const pending = state === 'pending';
  const caution =
    state === 'verified' && (verification.claims === 'failed' || verification.asPasted !== undefined);
  const tone: Tone | 'neutral' = pending ? 'neutral' : caution ? 'warning' : LOOK[state].tone;
  return (
    <Box
      data-testid="verify-status"
      data-state={state}
      {...(verification.claims ? { 'data-claims': verification.claims } : {})}
      role="status"
      aria-live="polite"
      aria-busy={pending}
      sx={{
        p: 1.5,
        minHeight: 56,
        borderRadius: 1,
        border: 1,
        borderColor: tone === 'neutral' ? 'divider' : `${tone}.main`,
        bgcolor: (theme) =>
          tone === 'neutral'
            ? 'transparent'
            : `rgba(${theme.vars?.palette[tone].mainChannel ?? '0 0 0'} / 0.08)`,
      }}
    >
      {pending ? (
        <Pending headline={verification.headline} />
      ) : (
        <Settled
          verification={verification}
          tone={tone as Tone}
          onEncodingChange={onEncodingChange}
          enc={enc}
        />
      )}
    </Box>
  );
}

/** No verdict while checking; a quiet spinner only if the check takes longer than 150 ms. */
function Pending({ headline }: { readonly headline: string }) {
  return (
    <Stack
      direction="row"
      spacing={1}
      sx={{
        alignItems: 'center',
        color: 'text.secondary',
        opacity: 0,
        animation: 'jwt-lab-appear 0s linear 150ms forwards',
        '@keyframes jwt-lab-appear': { to: { opacity: 1 } },
      }}
    >
      <CircularProgress size={18} color="inherit" aria-hidden />
      <Typography variant="body2">{headline}</Typography>
    </Stack>
  );
}

function Settled({
  verification,
  tone,
  onEncodingChange,
  enc,
}: {
  readonly verification: DebuggerVerdict;
  readonly tone: Tone;
  readonly onEncodingChange: (encoding: SecretEncoding) => void;
  readonly enc: string | undefined;
}) {
  const { state, headline, details, error, alg, keyUsed, hints, encodingSwitch, keyPrompt, asPasted } =
    verification;
  const { Icon } = LOOK[state as Exclude<VerdictState, 'pending'>];
  const qualified = details.length > 0 ? `${headline} · ${details.join(' · ')}` : headline;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Icon color={tone} aria-hidden sx={{ mt: '2px' }} />
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography sx={{ fontWeight: 700 }}>{qualified}</Typography>
        {asPasted && (
          <Typography variant="body2" data-as-pasted="rejected" sx={{ mt: 0.5 }}>
            {asPasted}
          </Typography>
        )}
        {error && state !== 'verified' && (
          <Typography variant="body2" data-error-code={error.code} sx={{ mt: 0.5 }}>
            {error.message} <AttackLink code={error.code} />
          </Typography>
        )}
        {keyPrompt && <KeyPromptText prompt={keyPrompt} />}
        {hints.map((hint) => (
          <Typography key={hint} variant="body2" sx={{ mt: 0.5, fontWeight: 600 }}>
            {hint}
          </Typography>
        ))}
        {encodingSwitch && (
          <Button
            size="small"
            variant="contained"
            sx={{ mt: 1 }}
            onClick={() => onEncodingChange(encodingSwitch.to)}
          >
            Read the secret as {ENCODING_NAMES[encodingSwitch.to]}
          </Button>
        )}
        {verification.signatureVerdicts && <SignatureVerdicts verdicts={verification.signatureVerdicts} />}
        {state === 'verified' && <ClaimChecks verification={verification} />}
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
          {alg && isJwsAlgorithm(alg) && `Algorithm pinned to ${alg} (from the header).`}
          {alg && enc && `Algorithms pinned to ${alg} + ${enc} (from the header).`}
          {keyUsed &&
            ` Key: ${keyUsed.description}${keyUsed.kid ? `, kid "${keyUsed.kid}"` : ''}${keyUsed.index ? ` (key ${keyUsed.index} of the set)` : ''}.`}
        </Typography>
      </Box>
    </Stack>
  );
}
