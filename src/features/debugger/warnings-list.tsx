import { useMemo } from 'react';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { bytesToUtf8 } from '@/encoding/base64';
import { trimSecretText } from '@/keys/secret';
import type { DecodedToken } from '@/jwt/decoded-token';
import type { Verification } from '@/jwt/verification';
import {
  collectKeyWarnings,
  collectTokenWarnings,
  collectUnprotectedHeaderWarnings,
  type TokenWarning,
  type WarningSeverity,
} from '@/jwt/warnings';
import { collectJsonTextWarnings } from '@/jwt/warnings-json-text';
import { useKnownSecret } from '@/components/known-secret/use-known-secret';
import { AttackLink } from './attack-link';

const ALERT_SEVERITY: Record<WarningSeverity, 'info' | 'warning' | 'error'> = {
  info: 'info',
  warning: 'warning',
  danger: 'error',
};

interface WarningsListProps {
  readonly token: DecodedToken;
  readonly verification: Verification;
  readonly keyText: string;
  readonly nowMs: number;
  /** The verifier's clock-skew allowance: an expiry within it is not warned about. */
  readonly skewSeconds: number;
}

/** Warnings that teach: about the token (no exp, alg none, embedded keys) and the key (short, public, small). */
export function WarningsList({ token, verification, keyText, nowMs, skewSeconds }: WarningsListProps) {
  const key = verification.key;
  const secretBytes = key?.source === 'secret' ? key.secret?.bytes : undefined;
  const candidates = useMemo(() => secretTexts(keyText, secretBytes), [keyText, secretBytes]);
  // The 103,781-secret list is searched once the verdict is in: its worker never competes with the first
  // verdict (nor counts in the first download). Well-known secrets are still named at once.
  const settled = verification.state !== 'pending';
  const known = useKnownSecret(candidates, settled);
  const warnings = useMemo(() => {
    const header = token.signatures[0]?.joseHeader ?? token.header?.value ?? null;
    const found: TokenWarning[] =
      token.kind === 'jwe' ? [] : tokenWarnings(token, header, nowMs, skewSeconds);
    if (key && token.alg) {
      found.push(
        ...collectKeyWarnings({
          alg: token.alg,
          ...(secretBytes ? { secretByteLength: secretBytes.length } : {}),
          ...(key.candidates[0]?.jwk.kty === 'RSA' && key.candidates[0].bits
            ? { rsaBits: key.candidates[0].bits }
            : {}),
          ...(known ? { knownSecret: { where: known.where } } : {}),
        }),
      );
    }
    return found;
  }, [token, key, secretBytes, known, nowMs, skewSeconds]);

  return (
    <Paper component="section" aria-labelledby="warnings-title" sx={{ p: 2 }}>
      <Typography id="warnings-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
        Warnings {warnings.length > 0 && `(${warnings.length})`}
      </Typography>
      {warnings.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Nothing to warn about in this token{key ? ' or key' : ''}.
        </Typography>
      ) : (
        <Stack spacing={1} component="ul" sx={{ p: 0, m: 0, listStyle: 'none' }}>
          {warnings.map((warning) => (
            <li key={warning.code}>
              <Alert severity={ALERT_SEVERITY[warning.severity]} role="note" data-warning={warning.code}>
                {warning.message}{' '}
                {warning.spec && (
                  <Link href={warning.spec.url} target="_blank" rel="noreferrer noopener">
                    {warning.spec.label}
                  </Link>
                )}{' '}
                <AttackLink code={warning.code} />
              </Alert>
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** The secret as typed and, when it was decoded from base64 or hex, its bytes read as text. */
function secretTexts(keyText: string, bytes: Uint8Array | undefined): string[] {
  if (!bytes) return [];
  const typed = trimSecretText(keyText);
  const decoded = bytesToUtf8(bytes);
  return decoded !== null && decoded !== typed ? [typed, decoded] : [typed];
}

/**
 * Warnings about the token itself. A payload that is not JSON (text, binary, or a nested token under
 * `cty: JWT`) carries no claims to warn about; the decoded view already says what it is.
 */
function tokenWarnings(
  token: DecodedToken,
  header: Readonly<Record<string, unknown>> | null,
  nowMs: number,
  skewSeconds: number,
) {
  const warnings = [
    ...collectJsonTextWarnings('header', token.header?.facts),
    ...collectUnprotectedHeaderWarnings(token.signatures[0]?.unprotectedHeader ?? null),
    ...collectTokenWarnings(header, token.payload?.json, nowMs, skewSeconds),
  ];
  const nested = typeof header?.cty === 'string' && header.cty.toUpperCase() === 'JWT';
  if (token.payload?.isJson && !nested)
    return [...warnings, ...collectJsonTextWarnings('payload', token.payload.facts)];
  return warnings.filter((warning) => warning.field !== 'payload');
}
