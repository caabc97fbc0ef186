import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import { knownSecretCandidates } from '@/components/known-secret/known-secret-candidates';
import { useKnownSecret } from '@/components/known-secret/use-known-secret';
import type { LabError } from '@/core/errors';
import { warn } from '@/jwt/warning-model';
import { collectKeyWarnings, type WarningCode } from '@/jwt/warnings';
import type { SigningKey } from '@/keys/signing-key';

/** Warnings that the "sign anyway" choice answers: signing is refused until the user allows it. */
const TOO_SMALL: readonly WarningCode[] = ['SECRET_TOO_SHORT', 'RSA_TOO_SMALL'];

interface KeyWarningsProps {
  readonly keyText: string;
  readonly signingKey: SigningKey | null;
  readonly alg: string | null;
  readonly allowShortSecret: boolean;
  readonly onAllowShortSecret: (allow: boolean) => void;
  /** The signer's KEY_TOO_SMALL refusal, shown here only if no warning above says the same. */
  readonly refusal: LabError | null;
}

/**
 * The signing key judged as the debugger judges a verification key (the same warnings, the same
 * known-secret check): too short, publicly known, too small. Each is said once.
 */
export function KeyWarnings({
  keyText,
  signingKey,
  alg,
  allowShortSecret,
  onAllowShortSecret,
  refusal,
}: KeyWarningsProps) {
  const secretBytes = signingKey?.kind === 'secret' ? signingKey.bytes : undefined;
  const candidates = useMemo(() => knownSecretCandidates(keyText, secretBytes), [keyText, secretBytes]);
  const known = useKnownSecret(candidates);
  const rsaBits =
    signingKey?.kind === 'private' && signingKey.jwk.kty === 'RSA' ? signingKey.bits : undefined;
  const warnings = signingKey
    ? collectKeyWarnings({
        alg: alg ?? '',
        ...(secretBytes ? { secretByteLength: secretBytes.length } : {}),
        ...(rsaBits !== undefined ? { rsaBits } : {}),
        ...(known ? { knownSecret: { where: known.where } } : {}),
      })
    : [];
  if (refusal && !warnings.some((warning) => TOO_SMALL.includes(warning.code)))
    warnings.push(warn('RSA_TOO_SMALL', 'danger', 'key', refusal.message));
  return (
    <Box aria-live="polite" sx={{ display: 'grid', gap: 1.5, '&:empty': { display: 'none' } }}>
      {warnings.map((warning) => (
        <Alert key={warning.code} severity="error" variant="outlined" role="note" data-warning={warning.code}>
          {warning.message}{' '}
          {warning.spec && (
            <Link href={warning.spec.url} target="_blank" rel="noreferrer noopener">
              {warning.spec.label}
            </Link>
          )}
          {TOO_SMALL.includes(warning.code) && (
            <FormControlLabel
              sx={{ display: 'flex', mt: 1 }}
              control={
                <Checkbox
                  checked={allowShortSecret}
                  onChange={(event) => onAllowShortSecret(event.target.checked)}
                />
              }
              label="Sign anyway (insecure, for demos)"
            />
          )}
        </Alert>
      ))}
    </Box>
  );
}
