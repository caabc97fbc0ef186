import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import RefreshIcon from '@mui/icons-material/Refresh';
import { NativeField } from '@/components/native-field/native-field';
import { ROW_CONTROL_SX } from './control-sx';
import {
  generateSecret,
  MAX_SECRET_BYTES,
  recommendedSecretBytes,
  type HmacAlgorithm,
} from '@/keys/generate-secret';
import { CodeBlock } from '@/components/code-block/code-block';
import { FieldErrorText } from './field-error-text';
import { KeyActions } from './key-actions';
import { KeysSection } from './keys-section';
import { SelectField } from '@/components/native-field/select-field';

const HMAC_ALGS: readonly HmacAlgorithm[] = ['HS256', 'HS384', 'HS512'];
const HMAC_ALG_OPTIONS = HMAC_ALGS.map((value) => ({ value, label: value }));

interface GenerateSecretPanelProps {
  /** The size in bytes as typed; the page shares it with the do-it-yourself commands. */
  readonly sizeText: string;
  readonly onSizeChange: (sizeText: string) => void;
}

/** An HMAC secret from crypto.getRandomValues, in every encoding and as a JWK. */
export function GenerateSecretPanel({ sizeText, onSizeChange }: GenerateSecretPanelProps) {
  const [alg, setAlg] = useState<HmacAlgorithm>('HS256');
  const [result, setResult] = useState(() => generateSecret(Number(sizeText), { alg }));
  const regenerate = (size: string, forAlg: HmacAlgorithm) =>
    setResult(generateSecret(Number(size), { alg: forAlg }));
  const minimum = recommendedSecretBytes(alg);
  const secret = result.ok ? result.value : null;

  return (
    <KeysSection
      id="generate-secret"
      title="HMAC secret"
      subtitle="For HS256, HS384 and HS512: random bytes from this browser's CSPRNG (crypto.getRandomValues)."
    >
      <Stack spacing={2}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-end' }}>
          <SelectField
            id="secret-alg"
            label="Algorithm"
            value={alg}
            options={HMAC_ALG_OPTIONS}
            onChange={(next) => {
              const size = String(recommendedSecretBytes(next));
              setAlg(next);
              onSizeChange(size);
              regenerate(size, next);
            }}
            sx={{ width: 130 }}
            selectSx={ROW_CONTROL_SX}
          />
          <Box sx={{ width: 130 }}>
            <NativeField id="secret-size" label="Size (bytes)">
              <Box
                component="input"
                id="secret-size"
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_SECRET_BYTES}
                value={sizeText}
                aria-invalid={!result.ok}
                aria-describedby="secret-size-error"
                sx={ROW_CONTROL_SX}
                onChange={(event) => {
                  onSizeChange(event.target.value);
                  regenerate(event.target.value, alg);
                }}
              />
            </NativeField>
          </Box>
          <Button
            variant="contained"
            startIcon={<RefreshIcon />}
            sx={{ height: 40 }}
            onClick={() => regenerate(sizeText, alg)}
          >
            Generate new secret
          </Button>
        </Stack>
        <FieldErrorText id="secret-size-error" error={result.ok ? undefined : result.error} />
        {secret && secret.bytes.length < minimum && (
          <Alert severity="warning">
            {secret.bytes.length} bytes is below the {minimum}-byte minimum for {alg}: RFC 7518 §3.2 requires
            a key at least as long as the hash output. Use {minimum} bytes or more.
          </Alert>
        )}
        {secret && (
          <>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              <strong>{secret.bytes.length} bytes</strong> · {secret.bits} bits of strength, all of it random
              · the same key in three encodings:
            </Typography>
            <CodeBlock label="base64url" text={secret.base64url} testId="generated-secret" />
            <CodeBlock label="base64" text={secret.base64} />
            <CodeBlock label="hex" text={secret.hex} />
            <CodeBlock label="JWK (kty: oct)" text={`${JSON.stringify(secret.jwk, null, 2)}\n`} />
            <KeyActions
              signingKey={secret.base64url}
              verificationKey={secret.base64url}
              encoding="base64url"
            />
          </>
        )}
      </Stack>
    </KeysSection>
  );
}
