import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import CasinoIcon from '@mui/icons-material/CasinoOutlined';
import { SelectField } from '@/components/native-field/select-field';
import {
  generateSecret,
  recommendedSecretBytes,
  type GeneratedSecret,
  type HmacAlgorithm,
} from '@/keys/generate-secret';
import { ExperimentBox } from './experiment-box';
import { LessonTextField } from './lesson-fields';
import { SecretComparison } from './secret-comparison';
import { useSecretComparison } from './use-secret-comparison';

const ALGORITHMS: readonly { value: HmacAlgorithm; label: string }[] = [
  { value: 'HS256', label: 'HS256 (SHA-256: 32 bytes)' },
  { value: 'HS384', label: 'HS384 (SHA-384: 48 bytes)' },
  { value: 'HS512', label: 'HS512 (SHA-512: 64 bytes)' },
];

/** Section 3's experiment: generate a secret from the CSPRNG and compare its strength with a human one. */
export function GenerationExperiment() {
  const [alg, setAlg] = useState<HmacAlgorithm>('HS256');
  const [secret, setSecret] = useState<GeneratedSecret | null>(null);
  const [human, setHuman] = useState('MyCompanyJwtSecret2024!');
  const comparison = useSecretComparison(secret?.base64url ?? null, human);
  const generate = () => {
    const made = generateSecret(recommendedSecretBytes(alg), { alg });
    if (made.ok) setSecret(made.value);
    comparison.load();
  };
  return (
    <ExperimentBox
      title="Generate a secret, and compare it with a human one"
      intro="The bytes come from crypto.getRandomValues, the browser’s CSPRNG. Both secrets are then judged by the Keys page’s assessment: size, estimated entropy (zxcvbn), and the list of published JWT secrets."
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-end' }}>
        <SelectField
          id="learn-generate-alg"
          label="Algorithm"
          value={alg}
          options={ALGORITHMS}
          onChange={setAlg}
          sx={{ minWidth: 240 }}
        />
        <Button variant="contained" startIcon={<CasinoIcon />} onClick={generate}>
          {secret ? 'Generate another' : 'Generate a secret'}
        </Button>
      </Box>
      {secret && (
        <Box sx={{ mt: 2, display: 'grid', gap: 1 }}>
          <Typography variant="body2">
            {secret.bytes.length} random bytes ({secret.bits} bits), the output size of {secret.jwk.alg}’s
            hash:
          </Typography>
          <Value label="Generated secret (base64url)" text={secret.base64url} />
          <Value label="The same bytes in hex" text={secret.hex} />
        </Box>
      )}
      <Box sx={{ mt: 2, maxWidth: 520 }}>
        <LessonTextField
          id="learn-human-secret"
          label="A secret a person chose"
          value={human}
          onChange={(text) => {
            setHuman(text);
            comparison.load();
          }}
          help="Try your own: a phrase, a password, a default from a tutorial."
        />
      </Box>
      <Box aria-live="polite" sx={{ mt: 2 }}>
        {comparison.loading && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Loading the strength estimator and the list of published secrets…
          </Typography>
        )}
        {comparison.failed && (
          <Typography variant="body2" sx={{ color: 'error.main' }}>
            The strength estimator could not be loaded; reload the page to try again.
          </Typography>
        )}
        {!secret && !comparison.loading && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Generate a secret to see the two side by side.
          </Typography>
        )}
      </Box>
      {secret && <SecretComparison alg={alg} generated={comparison.generated} human={comparison.human} />}
    </ExperimentBox>
  );
}

function Value({ label, text }: { readonly label: string; readonly text: string }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
        {label}
      </Typography>
      <Box
        component="code"
        aria-label={label}
        sx={{
          display: 'block',
          fontFamily: 'var(--jwt-lab-mono)',
          fontSize: 13,
          overflowWrap: 'anywhere',
          bgcolor: 'action.hover',
          p: 1,
          borderRadius: 1,
        }}
      >
        {text}
      </Box>
    </Box>
  );
}
