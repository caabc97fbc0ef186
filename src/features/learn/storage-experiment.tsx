import { useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import BugReportIcon from '@mui/icons-material/BugReportOutlined';
import { bytesToBase64url } from '@/encoding/base64';
import { decodeToken } from '@/jwt/decode';
import { signHmacCompact } from '@/jwt/sign-hmac';
import type { Verification } from '@/jwt/verification';
import { verifyToken } from '@/jwt/verify';
import { ExperimentBox } from './experiment-box';
import { randomSecretBytes } from './random-secret';
import { VerdictLine } from './verdict-line';
import { runInjectedScript, type TokenHome, type XssOutcome } from './xss-script';
import { ScriptLines } from './script-lines';

const HOMES: readonly { value: TokenHome; label: string }[] = [
  { value: 'local-storage', label: 'localStorage' },
  { value: 'httponly-cookie', label: 'An HttpOnly, Secure, SameSite cookie' },
  { value: 'memory', label: 'A variable in memory (gone on reload)' },
];

interface Run {
  readonly home: TokenHome;
  readonly outcome: XssOutcome;
  /** The stolen token replayed from the attacker's machine, verified with the app's key. */
  readonly replay: Verification | null;
}

/** Section 4's experiment: an XSS payload against a token kept in each of three places. */
export function StorageExperiment() {
  const [home, setHome] = useState<TokenHome>('local-storage');
  const [run, setRun] = useState<Run | null>(null);
  const [secret] = useState(() => randomSecretBytes(32));
  const latest = useRef(0);
  const inject = async () => {
    const id = ++latest.current;
    const nowMs = Date.now();
    const nowS = Math.floor(nowMs / 1000);
    const claims = JSON.stringify({ sub: 'alice', iat: nowS, exp: nowS + 15 * 60 });
    const token = await signHmacCompact('HS256', '{"alg":"HS256","typ":"JWT"}', claims, secret);
    const outcome = runInjectedScript(home, token);
    const replay = outcome.stolenToken
      ? await verifyToken(decodeToken(outcome.stolenToken), {
          keyText: bytesToBase64url(secret),
          encoding: 'base64url',
          nowMs,
          skewSeconds: 0,
        })
      : null;
    if (id === latest.current) setRun({ home, outcome, replay });
  };
  const shown = run?.home === home ? run : null;
  return (
    <ExperimentBox
      title="Let an XSS hole run a script"
      intro="Simulated: this page writes no token to storage and sends nothing anywhere. The token is real, signed here with a random secret, and the replay is verified with that secret."
    >
      <Box component="fieldset" sx={{ border: 0, m: 0, p: 0, minWidth: 0 }}>
        <Typography component="legend" variant="subtitle2" sx={{ mb: 0.5 }}>
          Where the app keeps alice’s token
        </Typography>
        {HOMES.map((option) => (
          <Box
            component="label"
            key={option.value}
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1,
              py: 0.5,
              typography: 'body2',
              cursor: 'pointer',
            }}
          >
            <input
              type="radio"
              name="learn-token-home"
              value={option.value}
              checked={home === option.value}
              onChange={() => setHome(option.value)}
            />
            {option.label}
          </Box>
        ))}
      </Box>
      <Button
        variant="contained"
        color="error"
        startIcon={<BugReportIcon />}
        onClick={() => void inject()}
        sx={{ mt: 1 }}
      >
        Run the injected script
      </Button>
      {shown && (
        <Box sx={{ mt: 2, display: 'grid', gap: 1.5 }}>
          <ScriptLines lines={shown.outcome.lines} />
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {shown.outcome.summary}
          </Typography>
          {shown.replay ? (
            <VerdictLine
              state={shown.replay.state === 'verified' ? 'accepted' : 'refused'}
              good={shown.replay.state !== 'verified'}
              label="The API’s verdict on the replayed token"
            >
              The attacker replays the stolen token from their own machine:{' '}
              {shown.replay.headline.toLowerCase()}, and it is valid for 15 more minutes. To the API, the
              attacker is alice.
            </VerdictLine>
          ) : (
            <VerdictLine state="refused" good label="The API’s verdict on the replayed token">
              The attacker has no token to replay from their own machine.
            </VerdictLine>
          )}
        </Box>
      )}
    </ExperimentBox>
  );
}
