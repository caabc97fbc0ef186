import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import { SelectField } from '@/components/native-field/select-field';
import { SECRET_ENCODING_OPTIONS } from '@/keys/encoding-names';
import type { ParsedKey } from '@/keys/key-types';
import { FieldError } from '@/components/field-error/field-error';
import { Verdict } from './verdict';
import { ClaimExpectations } from './claim-expectations';
import { EditAndResignButton } from './edit-and-resign-button';
import type { DebuggerState } from './use-debugger-state';
import { useLoadedModule } from './use-loaded-module';

// Only a PBES2 token needs it (the first download has a budget).
const loadP2cLimitField = () => import('./p2c-limit-field');

interface VerifyPanelProps {
  readonly state: DebuggerState;
}

/** The verification key (secret, PEM, JWK or JWKS), the secret's encoding, the claim checks, and the verdict. */
export function VerifyPanel({ state }: VerifyPanelProps) {
  const { keyText, setKeyText: onKeyChange, encoding, setEncoding: onEncodingChange, verification } = state;
  const keyError =
    verification.error &&
    (verification.error.field === 'key' || verification.error.field === 'secretEncoding')
      ? verification.error
      : undefined;
  const isSecret = verification.key ? verification.key.source === 'secret' : !/^\s*[{-]/.test(keyText);
  const { decryption } = state.jwe;
  const isJwe = state.decoded.kind === 'jwe';
  const keyRead = isJwe ? decryption?.keyRead : verification.key && readAs(verification.key);
  const p2c = state.decoded.header?.value?.p2c;
  const isPbes2 = isJwe && (decryption?.alg ?? state.decoded.alg ?? '').startsWith('PBES2');
  const p2cField = useLoadedModule(loadP2cLimitField, isPbes2);
  const shownP2cField = isPbes2 ? p2cField : null;
  return (
    <Paper component="section" aria-labelledby="verify-title" sx={{ p: 2 }}>
      <Typography id="verify-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1.5 }}>
        {isJwe ? 'Decrypt' : 'Verify signature'}
      </Typography>
      <Stack spacing={1.5}>
        <Verdict verification={verification} onEncodingChange={onEncodingChange} enc={decryption?.enc} />
        <EditAndResignButton state={state} />
        <Box>
          <Typography
            component="label"
            htmlFor="key-input"
            variant="subtitle2"
            sx={{ display: 'block', mb: 0.75 }}
          >
            Verification key
          </Typography>
          <Box
            component="textarea"
            id="key-input"
            data-testid="key-input"
            value={keyText}
            rows={5}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            aria-describedby="key-help key-error"
            aria-invalid={keyError !== undefined}
            placeholder={
              isJwe
                ? 'The decryption key: a secret, a password (PBES2), a private key as PEM or JWK, or a JWKS {"keys": […]}'
                : 'An HMAC secret, a PEM (public key, certificate or private key), a JWK, or a JWKS {"keys": […]}'
            }
            onChange={(event) => onKeyChange(event.target.value)}
            sx={{
              display: 'block',
              width: '100%',
              boxSizing: 'border-box',
              p: 1.5,
              resize: 'vertical',
              minHeight: 110,
              fontFamily: 'var(--jwt-lab-mono)',
              fontSize: 13,
              lineHeight: 1.5,
              color: 'text.primary',
              bgcolor: 'transparent',
              border: 1,
              borderColor: keyError ? 'error.main' : 'divider',
              borderRadius: 1,
              outline: 'none',
              '&:focus-visible': {
                borderColor: 'primary.main',
                boxShadow: (theme: Theme) => `0 0 0 2px ${theme.palette.primary.main}40`,
              },
              '&::placeholder': { color: 'text.secondary', opacity: 1 },
            }}
          />
          <Typography id="key-help" variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
            {isJwe &&
              'For this encrypted token, the key that decrypts it: a secret (dir, AES key wrap), a password (PBES2), a private key (RSA-OAEP, ECDH-ES) or a JWKS, picked by kid. '}
            Kept in this page only — never stored, never sent, never put in a link.
            {keyRead && ` Read as: ${keyRead.description}.`}
          </Typography>
          {state.keyNote && (
            <Typography variant="body2" data-testid="key-note" sx={{ color: 'text.secondary', mt: 0.5 }}>
              {state.keyNote}
            </Typography>
          )}
          {(keyRead?.notes ?? []).map((note) => (
            <Typography key={note} variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
              {note}
            </Typography>
          ))}
          <FieldError error={keyError} id="key-error" />
        </Box>
        {shownP2cField && (
          <shownP2cField.P2cLimitField
            limit={state.jwe.p2cLimit}
            onChange={state.jwe.setP2cLimit}
            asked={typeof p2c === 'number' ? p2c : null}
          />
        )}
        <SelectField
          id="secret-encoding"
          testId="secret-encoding"
          label="Secret encoding"
          help={
            isSecret
              ? `How the ${isJwe ? 'secret or password' : 'secret text'} becomes bytes (typed text: UTF-8)`
              : `Only for ${isJwe ? 'secrets and passwords' : 'HMAC secrets'}`
          }
          value={encoding}
          options={SECRET_ENCODING_OPTIONS}
          disabled={!isSecret}
          onChange={onEncodingChange}
          sx={{ maxWidth: { sm: 'calc(50% - 6px)' } }}
        />
        <ClaimExpectations
          issuer={state.expectedIssuer}
          onIssuerChange={state.setExpectedIssuer}
          audience={state.expectedAudience}
          onAudienceChange={state.setExpectedAudience}
          skewSeconds={state.skewSeconds}
          onSkewChange={state.setSkewSeconds}
        />
      </Stack>
    </Paper>
  );
}

/** "Read as: …" for a verification key: the one key, or how many the set holds; and its notes. */
function readAs(key: ParsedKey): { description: string; notes: readonly string[] } {
  const [only] = key.candidates;
  const description =
    key.candidates.length === 1 && only ? only.description : `a set of ${key.candidates.length} keys`;
  return { description, notes: key.notes };
}
