import { useState } from 'react';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { NativeField } from '@/components/native-field/native-field';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import type { SecretEncoding } from '@/keys/key-types';
import { FieldErrorText } from './field-error-text';
import { PANEL_COLUMNS_SX } from './control-sx';
import { KeysSection } from './keys-section';
import { StrengthResult } from './strength-result';
import { useStrength } from './use-strength';
import { SelectField } from '@/components/native-field/select-field';
import { SECRET_ENCODING_OPTIONS } from '@/keys/encoding-names';

/** Any secret typed or pasted, judged: size against RFC 7518, entropy, published or not, time to crack. */
export function StrengthPanel() {
  const [text, setText] = useState('');
  const [encoding, setEncoding] = useState<SecretEncoding>('utf8');
  const { assessment, stale, loading, estimatorFailed, listFailed, speed } = useStrength(text, encoding);
  const error = assessment && !assessment.ok ? assessment.error : undefined;
  return (
    <KeysSection
      id="strength"
      title="How strong is a secret?"
      subtitle="Type or paste one. It is checked in this page: its size, its entropy, whether it has been published."
    >
      <Box sx={PANEL_COLUMNS_SX}>
        <Stack spacing={2}>
          <NativeField id="strength-input" label="Secret to check">
            <Box
              component="textarea"
              id="strength-input"
              data-testid="strength-input"
              rows={3}
              value={text}
              spellCheck={false}
              autoComplete="off"
              autoCapitalize="off"
              placeholder="e.g. the value of JWT_SECRET"
              aria-invalid={error !== undefined}
              aria-describedby="strength-error"
              onChange={(event) => setText(event.target.value)}
              sx={{ ...NATIVE_INPUT_SX, fontFamily: 'var(--jwt-lab-mono)', fontSize: 13, resize: 'vertical' }}
            />
          </NativeField>
          <SelectField
            id="strength-encoding"
            label="Secret encoding"
            help="How your library turns the text into key bytes"
            value={encoding}
            options={SECRET_ENCODING_OPTIONS}
            onChange={setEncoding}
            sx={{ maxWidth: 220 }}
          />
          <FieldErrorText id="strength-error" error={error} />
          <Box aria-live="polite">
            {loading && (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                Loading the strength estimator and the list of published secrets…
              </Typography>
            )}
            {estimatorFailed && (
              <Typography variant="body2" sx={{ color: 'error.main' }}>
                The strength estimator could not be loaded; reload the page to try again.
              </Typography>
            )}
            {listFailed && (
              <Typography variant="body2" sx={{ color: 'warning.main' }}>
                The list of published secrets could not be loaded; only the well-known defaults are checked.
              </Typography>
            )}
          </Box>
        </Stack>
        {/* While a newer secret is estimated (a second for a long random one), the last verdict stays, dimmed. */}
        <Box aria-busy={stale} sx={{ opacity: stale ? 0.55 : 1, transition: 'opacity 120ms' }}>
          {assessment?.ok && <StrengthResult assessment={assessment.value} speed={speed} />}
          {text === '' && (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              Try <code>secret</code>, <code>Summer2024!</code>, or the base64url secret generated above.
            </Typography>
          )}
        </Box>
      </Box>
    </KeysSection>
  );
}
