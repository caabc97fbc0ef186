import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { NativeField } from '@/components/native-field/native-field';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { ColoredToken } from '@/components/token-view/colored-token';
import { editJsonMembers } from '@/jwt/edit-claims';
import type { SigningKey } from '@/keys/signing-key';
import { FieldError } from '@/components/field-error/field-error';
import { ResignControls } from './resign-controls';
import { SignatureComparison } from './signature-comparison';
import { useTamper } from './use-tamper';
import { VerdictLine } from './verdict-line';

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
  const makeAdmin = () => {
    const next = editJsonMembers(tamper.editedPayload, { role: 'admin' }, 'payload');
    if (next.ok) tamper.setEditedPayload(next.value);
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
          help="Edit any claim; the header and signature stay as they were."
        >
          <Box
            component="textarea"
            id="tamper-payload"
            rows={6}
            spellCheck={false}
            value={tamper.editedPayload}
            aria-describedby="tamper-payload-help"
            onChange={(event) => tamper.setEditedPayload(event.target.value)}
            sx={MONO_AREA}
          />
          <Button size="small" variant="outlined" sx={{ mt: 0.5 }} onClick={makeAdmin}>
            Set "role": "admin"
          </Button>
        </NativeField>
      </Box>
      {analysis && !analysis.ok && <FieldError error={analysis.error} />}
      {analysis?.ok && (
        <Stack spacing={2} sx={{ mt: 2 }}>
          <VerdictLine verification={analysis.value.verification} testId="tamper-status" />
          {analysis.value.originalVerification.state === 'verified' ? (
            <Alert severity={analysis.value.verification.state === 'verified' ? 'success' : 'info'}>
              {analysis.value.reason}
            </Alert>
          ) : (
            <Alert severity="warning">
              This token does not verify with the signing key above even before any edit (
              {analysis.value.originalVerification.headline.toLowerCase()}), so the demo cannot tell tampering
              from a wrong key. Put the key this token was signed with in the signing-key field.
            </Alert>
          )}
          <Box>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
              The tampered token (changed characters of the signing input marked)
            </Typography>
            <ColoredToken
              token={analysis.value.tamperedToken}
              label="Tampered token"
              marks={analysis.value.changedRanges}
              testId="tampered-token"
            />
          </Box>
          <SignatureComparison analysis={analysis.value} />
          <Typography variant="body2">{analysis.value.remedy}</Typography>
          {analysis.value.notes.map((note) => (
            <Typography key={note} variant="body2" sx={{ color: 'text.secondary' }}>
              {note}
            </Typography>
          ))}
          <ResignControls analysis={analysis.value} signingKey={signingKey} />
        </Stack>
      )}
    </Paper>
  );
}
