import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { LabError } from '@/core/errors';
import { FieldError } from '@/components/field-error/field-error';
import { ColoredToken } from '@/components/token-view/colored-token';
import { ExperimentBox } from './experiment-box';
import { LessonTextField } from './lesson-fields';
import { GENUINE_PAYLOAD, useForge, type ForgeAttempt, type ForgeResult } from './use-forge';
import { VerdictLine } from './verdict-line';

const ATTEMPTS: readonly { id: ForgeAttempt; title: string; button: string }[] = [
  {
    id: 'keep-signature',
    title: 'Without the key: keep alice’s signature',
    button: 'Send it with the old signature',
  },
  { id: 'guess', title: 'Without the key: sign with a guess', button: 'Sign with the guess' },
  { id: 'with-key', title: 'With the key: sign with the server’s secret', button: 'Sign with the secret' },
];

/** Section 2's experiment: edit alice's token into an admin one; only the secret makes it verify. */
export function ForgeExperiment() {
  const { genuineToken, results, attempt } = useForge();
  const [payloadText, setPayloadText] = useState('{"sub":"alice","role":"admin"}');
  const [guess, setGuess] = useState('secret');
  return (
    <ExperimentBox
      title="Forge an admin token"
      intro="A server signs tokens with 32 random bytes it keeps to itself. It issued alice the token below. Change her role, then try to get the edited token past the server’s verifier (the debugger’s own verification code)."
    >
      <Typography variant="subtitle2" component="h4">
        alice’s genuine token (payload <code>{GENUINE_PAYLOAD}</code>)
      </Typography>
      <ColoredToken token={genuineToken ?? '…'} label="alice’s genuine token" />
      <Box
        sx={{ mt: 2, display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '2fr 1fr' } }}
      >
        <LessonTextField
          id="learn-forge-payload"
          label="The payload the attacker wants"
          value={payloadText}
          onChange={setPayloadText}
        />
        <LessonTextField
          id="learn-forge-guess"
          label="The attacker’s guess at the secret"
          value={guess}
          onChange={setGuess}
        />
      </Box>
      <Box
        sx={{
          mt: 2,
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(3, minmax(0, 1fr))' },
        }}
      >
        {ATTEMPTS.map(({ id, title, button }) => {
          const result = results[id];
          const shown =
            isResult(result) &&
            result.payloadText === payloadText &&
            (id !== 'guess' || result.guess === guess)
              ? result
              : null;
          return (
            <Box
              key={id}
              role="group"
              aria-labelledby={`learn-attempt-${id}`}
              sx={{ minWidth: 0, display: 'grid', gap: 1, alignContent: 'start' }}
            >
              <Typography id={`learn-attempt-${id}`} variant="subtitle2" component="h4">
                {title}
              </Typography>
              <Button
                variant="outlined"
                disabled={!genuineToken}
                onClick={() => void attempt(id, payloadText, guess)}
                sx={{ justifySelf: 'start' }}
              >
                {button}
              </Button>
              {result && !isResult(result) && <FieldError error={result} />}
              {shown && <AttemptResult result={shown} />}
            </Box>
          );
        })}
      </Box>
    </ExperimentBox>
  );
}

function isResult(result: ForgeResult | LabError | undefined): result is ForgeResult {
  return result !== undefined && 'token' in result;
}

function AttemptResult({ result }: { readonly result: ForgeResult }) {
  const verified = result.verification.state === 'verified';
  return (
    <>
      <VerdictLine state={verified ? 'accepted' : 'refused'} good={!verified} label="The server’s verdict">
        {result.verification.headline}. {result.reason}
      </VerdictLine>
      <ColoredToken token={result.token} label="The token the attacker sent" />
    </>
  );
}
