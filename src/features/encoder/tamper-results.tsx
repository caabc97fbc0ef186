import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ColoredToken } from '@/components/token-view/colored-token';
import type { TamperAnalysis } from '@/jwt/tamper';
import type { SigningKey } from '@/keys/signing-key';
import { ResignControls } from './resign-controls';
import { TamperLevels } from './tamper-levels';
import { VerdictLine } from './verdict-line';

/** What a verifier says about the edited token, the rule it follows, and the edit at three levels. */
export function TamperResults({
  analysis,
  signingKey,
}: {
  readonly analysis: TamperAnalysis;
  readonly signingKey: SigningKey | null;
}) {
  const changed = analysis.changedRanges.length > 0;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <VerdictLine verification={analysis.verification} testId="tamper-status" />
      {analysis.originalVerification.state === 'verified' ? (
        <Alert severity={analysis.verification.state === 'verified' ? 'success' : 'info'}>
          {changed ? analysis.rule : analysis.reason}
        </Alert>
      ) : (
        <Alert severity="warning">
          This token does not verify with the signing key above even before any edit (
          {analysis.originalVerification.headline.toLowerCase()}), so the demo cannot tell tampering from a
          wrong key. Put the key this token was signed with in the signing-key field.
        </Alert>
      )}
      <Box>
        <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
          The tampered token: original header, edited payload, original signature
        </Typography>
        <ColoredToken
          token={analysis.tamperedToken}
          label="Tampered token"
          marks={analysis.changedRanges}
          testId="tampered-token"
        />
      </Box>
      <TamperLevels analysis={analysis} />
      <Typography variant="body2">{analysis.remedy}</Typography>
      {analysis.notes.map((note) => (
        <Typography key={note} variant="body2" sx={{ color: 'text.secondary' }}>
          {note}
        </Typography>
      ))}
      <ResignControls analysis={analysis} signingKey={signingKey} />
    </Stack>
  );
}
