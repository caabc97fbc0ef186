import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import OpenInNewIcon from '@mui/icons-material/SubdirectoryArrowRight';
import { JsonView } from '@/components/json-view/json-view';
import type { DecodedHeader, DecodedPayload, DecodedToken, SegmentRole } from '@/jwt/decoded-token';
import { DecodedPartCard } from './decoded-part-card';
import { FieldError } from '@/components/field-error/field-error';
import { revealHiddenCharacters } from '@/jwt/hidden-characters';
import { useLoadedModule } from './use-loaded-module';
import type { JweViewState } from './jwe-view';

// Only a JWE needs it: the debugger's first download (before the first verdict) has a budget.
const loadJweView = () => import('./jwe-view');

interface DecodedViewProps {
  readonly token: DecodedToken;
  readonly activeRole: SegmentRole | 'extra' | null;
  readonly onOpenNested: (token: string) => void;
  /** For several signatures: the one to show (the one that verified). */
  readonly signatureIndex: number;
  /** For a JWE: its text, decryption and PBES2 bound. */
  readonly jwe?: JweViewState;
}

/** Header and payload, decoded and pretty-printed, each with its own errors. */
export function DecodedView({ token, activeRole, onOpenNested, signatureIndex, jwe }: DecodedViewProps) {
  const count = token.signatures.length;
  const shown = count > 1 ? Math.min(signatureIndex, count - 1) : 0;
  const signature = token.signatures[shown];
  const header = count > 1 && signature ? signature.protectedHeader : token.header;
  const jweView = useLoadedModule(loadJweView, token.kind === 'jwe');
  return (
    <Stack spacing={2}>
      <DecodedPartCard
        title={token.kind === 'jwe' ? 'Protected header' : 'Header'}
        subtitle={
          count > 1
            ? `of signature ${shown + 1} of ${count}${shown > 0 ? ', the one that verified' : ''}`
            : 'algorithm and token type'
        }
        role="header"
        active={activeRole === 'header'}
      >
        <HeaderBody header={header} />
        {signature?.unprotectedHeader && (
          <>
            <Typography variant="subtitle2" component="h3" sx={{ mt: 1.5, mb: 0.5 }}>
              Unprotected header (not covered by the signature)
            </Typography>
            <JsonView
              text={JSON.stringify(signature.unprotectedHeader, null, 2)}
              label="Unprotected header"
              json
            />
          </>
        )}
      </DecodedPartCard>
      {token.kind === 'jwe' ? (
        jwe &&
        jweView && (
          <jweView.JweView token={token} jwe={jwe} activeRole={activeRole} onOpenNested={onOpenNested} />
        )
      ) : (
        <DecodedPartCard
          title="Payload"
          subtitle="the claims"
          role="payload"
          active={activeRole === 'payload'}
        >
          <PayloadBody
            payload={token.payload}
            nestedType={token.header?.value?.cty}
            bareB64False={token.header?.value?.b64 === false}
            onOpenNested={onOpenNested}
          />
        </DecodedPartCard>
      )}
    </Stack>
  );
}

function HeaderBody({ header }: { readonly header: DecodedHeader | null }) {
  if (!header) return <Typography sx={{ color: 'text.secondary' }}>Nothing to decode yet.</Typography>;
  const text = header.value
    ? (header.pretty ?? JSON.stringify(header.value, null, 2))
    : revealHiddenCharacters(header.text ?? '');
  return (
    <>
      {text !== '' && (
        <JsonView text={text} testId="decoded-header" label="Decoded header" json={header.value !== null} />
      )}
      <FieldError error={header.error} />
    </>
  );
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)?$/;

function PayloadBody({
  payload,
  nestedType,
  bareB64False,
  onOpenNested,
}: {
  readonly payload: DecodedPayload | null;
  readonly nestedType: unknown;
  readonly bareB64False: boolean;
  readonly onOpenNested: (token: string) => void;
}) {
  if (!payload) return <Typography sx={{ color: 'text.secondary' }}>No payload segment.</Typography>;
  const nested = payload.text !== null && JWT_SHAPE.test(payload.text.trim()) ? payload.text.trim() : null;
  // The JSON as written (numbers exact, both of two duplicate members, hidden characters escaped).
  const text = payload.isJson
    ? (payload.pretty ?? JSON.stringify(payload.json, null, 2))
    : revealHiddenCharacters(payload.text ?? payload.hex ?? '');
  const note =
    payload.hex !== null
      ? 'The payload is binary (not UTF-8), shown as hex.'
      : payload.text !== null && !payload.isJson
        ? 'The payload is not JSON, so it is shown as text (a JWT needs a JSON claims set, RFC 7519 §7.2).'
        : null;
  return (
    <>
      {!payload.base64urlEncoded && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
          The header says "b64": false (RFC 7797): the payload is used as-is, not base64url-encoded.
        </Typography>
      )}
      {bareB64False && payload.base64urlEncoded && (
        <Typography variant="body2" sx={{ fontWeight: 600, mb: 1 }}>
          The header says "b64": false but does not list "b64" in "crit", so verifiers ignore it (RFC 7797
          §6): the payload is read as base64url, as they read it.
        </Typography>
      )}
      {payload.bytes !== null && (
        <JsonView text={text} testId="decoded-payload" label="Decoded payload" json={payload.isJson} />
      )}
      {note && !nested && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
          {note}
        </Typography>
      )}
      {nested && (
        <Button
          sx={{ mt: 1 }}
          variant="outlined"
          size="small"
          startIcon={<OpenInNewIcon />}
          onClick={() => onOpenNested(nested)}
        >
          {String(nestedType).toUpperCase() === 'JWT'
            ? 'Open the nested token (cty: JWT)'
            : 'The payload is itself a token: open it'}
        </Button>
      )}
      <FieldError error={payload.error} />
    </>
  );
}
