import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import { NativeField } from '@/components/native-field/native-field';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { algorithmForKey } from '@/jwt/algorithm-for-key';
import { JWS_ALGORITHMS, type JwsAlgorithm } from '@/core/algorithms';
import type { EncodeOutcome } from '@/jwt/encode-token';
import { SECRET_ENCODING_OPTIONS } from '@/keys/encoding-names';
import type { SecretEncoding } from '@/keys/key-types';
import { SelectField } from '@/components/native-field/select-field';
import { FieldError } from '@/components/field-error/field-error';
import { KeyWarnings } from './key-warnings';

const ALG_OPTIONS = JWS_ALGORITHMS.map((value) => ({ value, label: value }));

interface AlgorithmKeyPanelProps {
  readonly alg: JwsAlgorithm | null;
  readonly onAlgChange: (alg: JwsAlgorithm) => void;
  readonly keyText: string;
  readonly onKeyTextChange: (text: string) => void;
  readonly encoding: SecretEncoding;
  readonly onEncodingChange: (encoding: SecretEncoding) => void;
  readonly onGenerate: () => Promise<string | null>;
  readonly allowShortSecret: boolean;
  readonly onAllowShortSecret: (allow: boolean) => void;
  readonly outcome: EncodeOutcome;
}

/** The algorithm (kept in the header), the signing key, and honest messages about both. */
export function AlgorithmKeyPanel(props: AlgorithmKeyPanelProps) {
  const { alg, outcome, allowShortSecret } = props;
  const [generating, setGenerating] = useState(false);
  const [generateError, setGenerateError] = useState<string | null>(null);
  const keyErrors = outcome.errors.filter((error) => error.field === 'key');
  const tooSmall = keyErrors.some((error) => error.code === 'KEY_TOO_SMALL');
  const mismatch = keyErrors.some((error) => error.code === 'KEY_ALG_MISMATCH');
  const suggestion = mismatch && outcome.key ? algorithmForKey(outcome.key) : null;
  const isSecret = !/^\s*(-----BEGIN|\{)/.test(props.keyText);
  const generate = async () => {
    setGenerating(true);
    setGenerateError(await props.onGenerate());
    setGenerating(false);
  };
  return (
    <Paper component="section" aria-labelledby="sign-title" sx={{ p: 2 }}>
      <Typography id="sign-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1.5 }}>
        Algorithm and signing key
      </Typography>
      <Stack spacing={1.5}>
        <SelectField<JwsAlgorithm | ''>
          id="encoder-alg"
          label="Algorithm"
          help="Kept in the header's alg; change either one."
          value={alg ?? ''}
          options={ALG_OPTIONS}
          unknownLabel="(the header's alg is not a JWS algorithm)"
          disabled={generating}
          onChange={(next) => {
            if (next !== '') props.onAlgChange(next);
          }}
        />
        <NativeField
          id="signing-key"
          label="Signing key"
          help="An HMAC secret, or a private key as PEM or JWK. It stays in this page."
        >
          <Box
            component="textarea"
            id="signing-key"
            rows={5}
            spellCheck={false}
            autoComplete="off"
            value={props.keyText}
            aria-describedby="signing-key-help"
            aria-invalid={keyErrors.length > 0 && !(tooSmall && allowShortSecret)}
            onChange={(event) => props.onKeyTextChange(event.target.value)}
            sx={{ ...NATIVE_INPUT_SX, fontFamily: 'var(--jwt-lab-mono)', fontSize: 13, resize: 'vertical' }}
          />
        </NativeField>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'flex-end' } }}>
          <SelectField
            id="signing-encoding"
            label="Secret encoding"
            value={props.encoding}
            options={SECRET_ENCODING_OPTIONS}
            disabled={!isSecret}
            onChange={props.onEncodingChange}
            sx={{ minWidth: 170 }}
          />
          <Button
            variant="contained"
            startIcon={<AutorenewIcon />}
            disabled={!alg || generating}
            onClick={() => void generate()}
          >
            {generating ? 'Generating…' : `Generate a key for ${alg ?? '…'}`}
          </Button>
        </Stack>
        {generateError && <Alert severity="error">{generateError}</Alert>}
        {/* A too-small key is said once, by its warning below, with the choice to sign anyway. */}
        {keyErrors
          .filter((error) => error.code !== 'KEY_TOO_SMALL')
          .map((error) => (
            <FieldError key={error.code + error.message} error={error} />
          ))}
        {suggestion && suggestion !== alg && (
          <Button
            variant="outlined"
            sx={{ alignSelf: 'flex-start' }}
            onClick={() => props.onAlgChange(suggestion)}
          >
            Switch the algorithm to {suggestion}
          </Button>
        )}
        <KeyWarnings
          keyText={props.keyText}
          signingKey={outcome.key}
          alg={alg}
          allowShortSecret={allowShortSecret}
          onAllowShortSecret={props.onAllowShortSecret}
          refusal={keyErrors.find((error) => error.code === 'KEY_TOO_SMALL') ?? null}
        />
      </Stack>
    </Paper>
  );
}
