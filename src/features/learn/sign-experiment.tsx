import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import { base64urlToBytes, bytesToUtf8 } from '@/encoding/base64';
import { ColoredToken } from '@/components/token-view/colored-token';
import { Base64urlGroups } from './base64url-groups';
import { ExperimentBox } from './experiment-box';
import { LessonTextField } from './lesson-fields';
import { randomSecretText } from './random-secret';
import { SignSteps } from './sign-steps';
import { LESSON_HEADER, useSignedToken } from './use-signed-token';

const INITIAL_PAYLOAD = '{"sub":"alice","name":"Alice","role":"user"}';

/** Section 1's experiment: sign a token step by step, then read its payload back without the key. */
export function SignExperiment() {
  const [payloadText, setPayloadText] = useState(INITIAL_PAYLOAD);
  const [secretText, setSecretText] = useState(() => randomSecretText());
  const outcome = useSignedToken(payloadText, secretText);
  const signed = outcome?.ok ? outcome.signed : null;
  const error = outcome && !outcome.ok ? outcome.error : undefined;
  const payloadBytes = signed ? base64urlToBytes(signed.payloadB64) : null;
  return (
    <ExperimentBox
      title="Sign a token"
      intro="Edit the payload or the secret: the token is signed again in this page with WebCrypto, as you type."
    >
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
        }}
      >
        <LessonTextField
          id="learn-sign-payload"
          label="Payload (JSON)"
          value={payloadText}
          onChange={setPayloadText}
          rows={3}
          error={error?.field === 'payload' ? error : undefined}
        />
        <Box sx={{ minWidth: 0 }}>
          <LessonTextField
            id="learn-sign-secret"
            label="Secret key (base64url)"
            value={secretText}
            onChange={setSecretText}
            help="It starts as 32 random bytes from crypto.getRandomValues, written in base64url."
            error={error && error.field !== 'payload' ? error : undefined}
          />
          {outcome?.ok && outcome.signed.weakKey && (
            <Typography
              variant="body2"
              sx={(theme: Theme) => ({
                color: '#b45309',
                mt: 1,
                ...theme.applyStyles('dark', { color: '#fbbf24' }),
              })}
            >
              This secret is {outcome.secretBytes} bytes; HS256 needs at least 32 (RFC 7518 §3.2). It is
              signed anyway, for the lesson.
            </Typography>
          )}
          <Button
            size="small"
            startIcon={<AutorenewIcon />}
            onClick={() => setSecretText(randomSecretText())}
            sx={{ mt: 1 }}
          >
            New random secret
          </Button>
        </Box>
      </Box>
      <Typography variant="body2" sx={{ mt: 2, mb: 0.5, color: 'text.secondary' }}>
        Header, fixed for this experiment: <code>{LESSON_HEADER}</code>
      </Typography>
      <SignSteps signed={signed} signatureHex={outcome?.ok ? outcome.signatureHex : null} />
      <Box sx={{ mt: 2 }}>
        <Typography variant="subtitle2" component="h4">
          The token
        </Typography>
        <ColoredToken token={signed?.token ?? '…'} label="Signed token" />
      </Box>
      <Box
        sx={{
          mt: 2,
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="subtitle2" component="h4" sx={{ mb: 0.5 }}>
            How base64url wrote the payload
          </Typography>
          {payloadBytes && <Base64urlGroups bytes={payloadBytes} groups={2} />}
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="subtitle2" component="h4" sx={{ mb: 0.5 }}>
            Read back by anyone, without the key
          </Typography>
          <Box component="pre" aria-label="Payload decoded without the key" tabIndex={0} sx={PRE_SX}>
            {payloadBytes ? (bytesToUtf8(payloadBytes) ?? '') : '…'}
          </Box>
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
            No secret was needed: base64url is an encoding, not encryption.
          </Typography>
        </Box>
      </Box>
    </ExperimentBox>
  );
}

const PRE_SX = {
  m: 0,
  p: 1.25,
  fontFamily: 'var(--jwt-lab-mono)',
  fontSize: 13,
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  bgcolor: 'action.hover',
  borderRadius: 1,
} as const;
