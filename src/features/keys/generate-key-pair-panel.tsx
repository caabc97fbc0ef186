import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import KeyIcon from '@mui/icons-material/Key';
import { NativeField } from '@/components/native-field/native-field';
import { ROW_CONTROL_SX } from './control-sx';
import type { JwsAlgorithm } from '@/core/algorithms';
import { KEY_PAIR_ALGORITHMS, KEY_PAIR_KINDS, type KeyPairKind } from '@/keys/generate-key-pair';
import { FieldErrorText } from './field-error-text';
import { KeyActions } from './key-actions';
import { KeyPairFormats } from './key-pair-formats';
import { KeysSection } from './keys-section';
import { useKeyPair } from './use-key-pair';
import { SelectField } from '@/components/native-field/select-field';

const KIND_LABELS: Record<KeyPairKind, string> = {
  'RSA-2048': 'RSA 2048 (RS*, PS*)',
  'RSA-3072': 'RSA 3072 (RS*, PS*)',
  'RSA-4096': 'RSA 4096 (RS*, PS*)',
  'P-256': 'EC P-256 (ES256)',
  'P-384': 'EC P-384 (ES384)',
  'P-521': 'EC P-521 (ES512)',
  Ed25519: 'Ed25519 (EdDSA)',
};
const KIND_OPTIONS = KEY_PAIR_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }));

interface GenerateKeyPairPanelProps {
  readonly kind: KeyPairKind;
  readonly onKindChange: (kind: KeyPairKind) => void;
}

/** An RSA, EC or Ed25519 key pair from WebCrypto, exported as PEM, JWK and JWKS, named by its thumbprint. */
export function GenerateKeyPairPanel({ kind, onKindChange }: GenerateKeyPairPanelProps) {
  const [alg, setAlg] = useState<JwsAlgorithm | ''>('');
  const [kid, setKid] = useState('');
  const { pair, error, generating, generate } = useKeyPair();
  const options = { kid, use: 'sig' as const, ...(alg !== '' && { alg }) };
  // A first pair on arrival, so the formats are there to look at before anything is clicked.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => generate(kind, options), []);

  return (
    <KeysSection
      id="generate-key-pair"
      title="Key pair"
      subtitle="For RS*, PS*, ES* and EdDSA: the private key signs, the public key (or a JWKS) verifies."
    >
      <Stack spacing={2}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-end' }}>
          {/* As wide as its longest option: a fixed width cut "RSA 2048 (RS*, PS*)" at 1440 px. */}
          <SelectField
            id="key-pair-kind"
            label="Key type"
            value={kind}
            options={KIND_OPTIONS}
            onChange={(next) => {
              onKindChange(next);
              setAlg('');
            }}
            sx={{ flex: '0 0 auto', maxWidth: '100%' }}
            selectSx={{ ...(ROW_CONTROL_SX as object), width: 'auto', maxWidth: '100%' }}
          />
          <SelectField<JwsAlgorithm | ''>
            id="key-pair-alg"
            label="JWK alg"
            value={alg}
            options={[
              { value: '', label: '(none)' },
              ...KEY_PAIR_ALGORITHMS[kind].map((value) => ({ value, label: value })),
            ]}
            onChange={setAlg}
            sx={{ width: 120 }}
            selectSx={ROW_CONTROL_SX}
          />
          <Box sx={{ flex: '1 1 160px', minWidth: 140 }}>
            <NativeField id="key-pair-kid" label="Key ID (kid)">
              <Box
                component="input"
                id="key-pair-kid"
                value={kid}
                placeholder="RFC 7638 thumbprint"
                spellCheck={false}
                autoComplete="off"
                sx={ROW_CONTROL_SX}
                onChange={(event) => setKid(event.target.value)}
              />
            </NativeField>
          </Box>
          <Button
            variant="contained"
            startIcon={<KeyIcon />}
            sx={{ height: 40 }}
            disabled={generating !== null}
            onClick={() => generate(kind, options)}
          >
            Generate key pair
          </Button>
        </Stack>
        <Box>
          <Box role="status" aria-live="polite">
            {generating && (
              <>
                <Typography variant="body2" sx={{ color: 'text.secondary', mb: 0.5 }}>
                  Generating {KIND_LABELS[generating].split(' (')[0]}…
                  {generating === 'RSA-4096' && ' finding two 2048-bit primes can take several seconds.'}
                </Typography>
                <LinearProgress aria-label={`Generating ${generating}`} />
              </>
            )}
          </Box>
          <FieldErrorText id="key-pair-error" error={error ?? undefined} />
        </Box>
        {pair && (
          <>
            <Typography variant="body2" sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}>
              <strong>{KIND_LABELS[pair.kind].split(' (')[0]}</strong>
              {pair.bits && ` · ${pair.bits}-bit modulus`} · kid{' '}
              <Box component="code" sx={{ fontFamily: 'var(--jwt-lab-mono)', fontSize: 13 }}>
                {pair.kid}
              </Box>
              {kid.trim() === '' && ' (its RFC 7638 thumbprint)'}
            </Typography>
            <KeyPairFormats pair={pair} />
            <Alert severity="info">
              The private key exists only in this page. Whoever holds it can sign tokens that your verifiers
              accept: keep it in a secret manager, and publish only the public key or the JWKS.
            </Alert>
            <KeyActions
              signingKey={pair.exports.privatePem}
              verificationKey={pair.exports.publicPem}
              encoding="utf8"
            />
          </>
        )}
      </Stack>
    </KeysSection>
  );
}
