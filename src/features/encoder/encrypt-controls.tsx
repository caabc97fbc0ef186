import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import { NativeField } from '@/components/native-field/native-field';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { SelectField } from '@/components/native-field/select-field';
import { FieldError } from '@/components/field-error/field-error';
import {
  JWE_CONTENT_ENCRYPTIONS,
  JWE_KEY_ALGORITHM_INFO,
  JWE_KEY_ALGORITHMS,
  type JweKeyNeed,
} from '@/jwe/jwe-algorithms';
import { MAX_P2C_LIMIT } from '@/jwe/limits';
import { SECRET_ENCODING_OPTIONS } from '@/keys/encoding-names';
import type { EncryptSource, EncryptState } from './use-encrypt-state';

const NEEDS: Record<JweKeyNeed, { readonly option: string; readonly help: string }> = {
  secret: {
    option: 'shared key',
    help: 'A shared secret key of the exact size, in any encoding (or an oct JWK).',
  },
  password: {
    option: 'password',
    help: 'A password: PBKDF2 turns it into the key. Typed text is read as UTF-8.',
  },
  rsa: {
    option: 'RSA key pair',
    help: "The recipient's RSA public key (PEM or JWK); a private key's public part is used.",
  },
  ecdh: {
    option: 'EC key pair',
    help: "The recipient's EC or X25519 public key (PEM or JWK); a private key's public part is used.",
  },
};
const ALG_OPTIONS = JWE_KEY_ALGORITHMS.map((value) => ({
  value,
  label: `${value} (${NEEDS[JWE_KEY_ALGORITHM_INFO[value].need].option})`,
}));
const ENC_OPTIONS = JWE_CONTENT_ENCRYPTIONS.map((value) => ({ value, label: value }));
const SOURCE_OPTIONS: { value: EncryptSource; label: string }[] = [
  { value: 'payload', label: 'The payload (an encrypted JWT)' },
  { value: 'signed', label: 'The signed token (a nested JWT)' },
];

/** What to encrypt, the algorithms, and the key (pasted or generated) or password. */
export function EncryptControls({ state }: { readonly state: EncryptState }) {
  const [generating, setGenerating] = useState(false);
  const [generateError, setGenerateError] = useState<string | null>(null);
  const need = JWE_KEY_ALGORITHM_INFO[state.alg].need;
  const error = state.outcome && !state.outcome.ok ? state.outcome.error : undefined;
  const keyError = error && (error.field === 'key' || error.field === 'secretEncoding') ? error : undefined;
  const generate = async () => {
    setGenerating(true);
    setGenerateError(await state.generate());
    setGenerating(false);
  };
  return (
    <Stack spacing={1.5} sx={{ minWidth: 0 }}>
      <SelectField
        id="encrypt-source"
        label="What to encrypt"
        value={state.source}
        options={SOURCE_OPTIONS}
        onChange={state.setSource}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5}>
        <SelectField
          id="encrypt-alg"
          label="Key management (alg)"
          value={state.alg}
          options={ALG_OPTIONS}
          onChange={state.setAlg}
          sx={{ flex: 3 }}
        />
        <SelectField
          id="encrypt-enc"
          label="Content encryption (enc)"
          value={state.enc}
          options={ENC_OPTIONS}
          onChange={state.setEnc}
          sx={{ flex: 2 }}
        />
      </Stack>
      <NativeField
        id="encryption-key"
        label={need === 'password' ? 'Password' : 'Encryption key'}
        help={NEEDS[need].help}
      >
        <Box
          component="textarea"
          id="encryption-key"
          rows={need === 'password' ? 1 : 4}
          spellCheck={false}
          autoComplete="off"
          value={state.keyText}
          aria-describedby="encryption-key-help"
          aria-invalid={keyError !== undefined}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => state.setKeyText(event.target.value)}
          sx={{ ...NATIVE_INPUT_SX, fontFamily: 'var(--jwt-lab-mono)', fontSize: 13, resize: 'vertical' }}
        />
      </NativeField>
      <FieldError error={keyError} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'flex-end' } }}>
        {need === 'password' ? (
          <NativeField id="encrypt-p2c" label="PBKDF2 iterations (p2c)">
            <Box
              component="input"
              id="encrypt-p2c"
              type="number"
              min={1000}
              max={MAX_P2C_LIMIT}
              step={1000}
              value={state.p2c}
              onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
                state.setP2c(Number(event.target.value))
              }
              sx={{ ...NATIVE_INPUT_SX, minWidth: 170 }}
            />
          </NativeField>
        ) : (
          <SelectField
            id="encryption-key-encoding"
            label="Key encoding"
            value={state.encoding}
            options={SECRET_ENCODING_OPTIONS}
            disabled={need !== 'secret' || /^\s*[{-]/.test(state.keyText)}
            onChange={state.setEncoding}
            sx={{ minWidth: 170 }}
          />
        )}
        <Button
          variant="contained"
          startIcon={<AutorenewIcon />}
          disabled={generating}
          onClick={() => void generate()}
        >
          {generating
            ? 'Generating…'
            : need === 'password'
              ? 'Generate a password'
              : `Generate a key for ${state.alg}`}
        </Button>
      </Stack>
      {generateError && <Alert severity="error">{generateError}</Alert>}
    </Stack>
  );
}
