import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import { SelectField } from '@/components/native-field/select-field';
import { SECRET_ENCODING_OPTIONS } from '@/keys/encoding-names';
import { FieldError } from '@/components/field-error/field-error';
import { Verdict } from './verdict';
import { ClaimExpectations } from './claim-expectations';
import { EditAndResignButton } from './edit-and-resign-button';
import type { DebuggerState } from './use-debugger-state';

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
  return (
    <Paper component="section" aria-labelledby="verify-title" sx={{ p: 2 }}>
      <Typography id="verify-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1.5 }}>
        Verify signature
      </Typography>
      <Stack spacing={1.5}>
        <Verdict verification={verification} onEncodingChange={onEncodingChange} />
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
              'An HMAC secret, a PEM (public key, certificate or private key), a JWK, or a JWKS {"keys": […]}'
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
            Kept in this page only — never stored, never sent, never put in a link.
            {verification.key &&
              ` Read as: ${verification.key.candidates.length === 1 ? verification.key.candidates[0]?.description : `a set of ${verification.key.candidates.length} keys`}.`}
          </Typography>
          {state.keyNote && (
            <Typography variant="body2" data-testid="key-note" sx={{ color: 'text.secondary', mt: 0.5 }}>
              {state.keyNote}
            </Typography>
          )}
          {verification.key?.notes.map((note) => (
            <Typography key={note} variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
              {note}
            </Typography>
          ))}
          <FieldError error={keyError} id="key-error" />
        </Box>
        <SelectField
          id="secret-encoding"
          testId="secret-encoding"
          label="Secret encoding"
          help={isSecret ? 'How the secret text becomes bytes (typed text: UTF-8)' : 'Only for HMAC secrets'}
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
