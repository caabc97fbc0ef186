import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { NativeField } from '@/components/native-field/native-field';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { setClaimInPlace } from '@/jwt/edit-json-in-place';
import type { LabError } from '@/core/errors';
import type { SigningKey } from '@/keys/signing-key';
import { FieldError } from '@/components/field-error/field-error';
import { TamperResults } from './tamper-results';
import { useTamper } from './use-tamper';

const MONO_AREA = {
  ...NATIVE_INPUT_SX,
  fontFamily: 'var(--jwt-lab-mono)',
  fontSize: 13,
  resize: 'vertical',
} as const;

/** The heart of the product: change one claim, keep the signature, and watch verification fail. */
export function TamperPanel({
  sourceToken,
  signingKey,
}: {
  readonly sourceToken: string;
  readonly signingKey: SigningKey | null;
}) {
  const tamper = useTamper(sourceToken, signingKey);
  const analysis = tamper.analysis;
  // In place: the signed JSON stays byte for byte and only the claim's value changes.
  const [adminError, setAdminError] = useState<LabError | undefined>(undefined);
  const makeAdmin = () => {
    const next = setClaimInPlace(tamper.editedPayload, 'role', 'admin');
    if (next.ok) tamper.setEditedPayload(next.value);
    setAdminError(next.ok ? undefined : next.error);
  };
  const editPayload = (text: string) => {
    setAdminError(undefined);
    tamper.setEditedPayload(text);
  };
  return (
    <Paper component="section" aria-labelledby="tamper-title" sx={{ p: 2 }}>
      <Typography id="tamper-title" variant="h6" component="h2" sx={{ fontWeight: 700 }}>
        The tamper demo
      </Typography>
      <Typography sx={{ color: 'text.secondary', mb: 2 }}>
        A signature protects every byte of the header and payload. Change a claim — make yourself an admin —
        while keeping the original signature, and see what a verifier says.
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0,1fr)', md: 'repeat(2, minmax(0,1fr))' },
        }}
      >
        <NativeField
          id="tamper-token"
          label="Token to tamper with"
          help={tamper.followsEncoder ? 'Follows the token signed above.' : 'A token you pasted.'}
        >
          <Box
            component="textarea"
            id="tamper-token"
            rows={6}
            spellCheck={false}
            value={tamper.token}
            aria-describedby="tamper-token-help"
            onChange={(event) => tamper.setPastedToken(event.target.value)}
            sx={MONO_AREA}
          />
          {!tamper.followsEncoder && (
            <Button size="small" sx={{ mt: 0.5 }} onClick={() => tamper.setPastedToken(null)}>
              Use the token signed above
            </Button>
          )}
        </NativeField>
        <NativeField
          id="tamper-payload"
          label="Edited payload"
          help="Edit any claim: your text is encoded exactly as typed; the header and signature stay as they were."
        >
          <Box
            component="textarea"
            id="tamper-payload"
            rows={6}
            spellCheck={false}
            value={tamper.editedPayload}
            aria-describedby="tamper-payload-help"
            onChange={(event) => editPayload(event.target.value)}
            sx={MONO_AREA}
          />
          <Button size="small" variant="outlined" sx={{ mt: 0.5 }} onClick={makeAdmin}>
            Set "role": "admin"
          </Button>
          <FieldError error={adminError} />
        </NativeField>
      </Box>
      {analysis && !analysis.ok && <FieldError error={analysis.error} />}
      {analysis?.ok && <TamperResults analysis={analysis.value} signingKey={signingKey} />}
    </Paper>
  );
}
