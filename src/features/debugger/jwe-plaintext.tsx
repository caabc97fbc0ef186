import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import OpenNestedIcon from '@mui/icons-material/SubdirectoryArrowRight';
import { JsonView } from '@/components/json-view/json-view';
import { revealHiddenCharacters } from '@/jwt/hidden-characters';
import type { Decryption } from '@/jwe/decryption';
import { DecodedPartCard } from './decoded-part-card';

interface JwePlaintextProps {
  readonly decryption: Decryption | null;
  readonly active: boolean;
  readonly onOpenNested: (token: string) => void;
}

/** The decrypted plaintext (stable hook `decoded-payload`), or why there is none yet. */
export function JwePlaintext({ decryption, active, onOpenNested }: JwePlaintextProps) {
  const plaintext = decryption?.state === 'verified' ? decryption.plaintext : undefined;
  return (
    <DecodedPartCard title="Plaintext" subtitle="the decrypted payload" role="payload" active={active}>
      {plaintext ? (
        <>
          <JsonView
            text={
              plaintext.isJson
                ? (plaintext.pretty ?? JSON.stringify(plaintext.json, null, 2))
                : revealHiddenCharacters(plaintext.text ?? plaintext.hex ?? '')
            }
            testId="decoded-payload"
            label="Decrypted payload"
            json={plaintext.isJson}
          />
          {decryption?.nestedToken ? (
            <Button
              sx={{ mt: 1 }}
              variant="outlined"
              size="small"
              startIcon={<OpenNestedIcon />}
              onClick={() => decryption.nestedToken && onOpenNested(decryption.nestedToken)}
            >
              {decryption.nestedByCty
                ? 'Open the nested token (cty: JWT)'
                : 'The plaintext is itself a token: open it'}
            </Button>
          ) : (
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
              {plaintext.hex !== null
                ? 'The plaintext is binary (not UTF-8), shown as hex.'
                : plaintext.isJson
                  ? 'Decrypted and authenticated: the tag proves these bytes are the ones that were encrypted.'
                  : 'The plaintext is not JSON, so it is shown as text.'}
            </Typography>
          )}
        </>
      ) : (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {decryption === null
            ? 'Nothing can be decrypted until the token is well-formed: see the problem shown with the token.'
            : decryption.state === 'pending'
              ? 'Decrypting…'
              : decryption.state === 'unverified'
                ? 'Encrypted: only the holder of the key can read it. Paste the key under "Verification key" to decrypt it.'
                : `Not decrypted — ${decryption.headline}. Nothing of the plaintext is shown unless the tag authenticates it.`}
        </Typography>
      )}
    </DecodedPartCard>
  );
}
