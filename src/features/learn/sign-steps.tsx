import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import type { SignedToken } from '@/jwt/sign';
import { SEGMENT_COLORS } from '@/components/token-view/segment-colors';

interface SignStepsProps {
  readonly signed: SignedToken | null;
  readonly signatureHex: string | null;
}

type Role = 'header' | 'payload' | 'signature';

/** The signing recipe of RFC 7515 §5.1, each step with the value it produced for this token. */
export function SignSteps({ signed, signatureHex }: SignStepsProps) {
  const steps: readonly { label: string; role: Role | null; value: string | undefined }[] = [
    { label: 'base64url(header)', role: 'header', value: signed?.headerB64 },
    { label: 'base64url(payload)', role: 'payload', value: signed?.payloadB64 },
    {
      label: 'Signing input: base64url(header) . base64url(payload)',
      role: null,
      value: signed?.signingInput,
    },
    { label: 'HMAC-SHA256(secret, signing input), hex', role: 'signature', value: signatureHex ?? undefined },
    { label: 'Signature (base64url)', role: 'signature', value: signed?.signatureB64 },
  ];
  return (
    <Box component="ol" sx={{ m: 0, p: 0, listStyle: 'none', display: 'grid', gap: 1 }}>
      {steps.map((step, index) => (
        <Box component="li" key={step.label} sx={{ minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {index + 1}. {step.label}
          </Typography>
          <Box
            component="code"
            aria-label={step.label}
            sx={(theme: Theme) => ({
              display: 'block',
              fontFamily: 'var(--jwt-lab-mono)',
              fontSize: 13,
              overflowWrap: 'anywhere',
              color: step.role ? SEGMENT_COLORS[step.role].light : 'text.primary',
              ...theme.applyStyles('dark', { color: step.role ? SEGMENT_COLORS[step.role].dark : undefined }),
            })}
          >
            {step.value ?? '…'}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
