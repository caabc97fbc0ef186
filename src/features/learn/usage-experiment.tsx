import { useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { bytesToBase64url } from '@/encoding/base64';
import type { ClaimCheckSelection } from '@/jwt/selected-claim-checks';
import { AppLink } from './app-link';
import { ExperimentBox } from './experiment-box';
import { LessonCheckbox } from './lesson-fields';
import { randomSecretBytes } from './random-secret';
import { AUDIENCE, ISSUER, makeUsageTokens, type SignedCase, type UsageCase } from './usage-tokens';
import { UsageVerdicts } from './usage-verdicts';

const CHECKS: readonly { key: keyof ClaimCheckSelection; label: React.ReactNode }[] = [
  {
    key: 'time',
    label: (
      <>
        Check <code>exp</code> and <code>nbf</code> against the clock
      </>
    ),
  },
  {
    key: 'issuer',
    label: (
      <>
        Check <code>iss</code> is {ISSUER}
      </>
    ),
  },
  {
    key: 'audience',
    label: (
      <>
        Check <code>aud</code> includes {AUDIENCE}
      </>
    ),
  },
];

/** Section 5's experiment: five tokens through one verifier; switch its claim checks off and on. */
export function UsageExperiment() {
  const [selection, setSelection] = useState<ClaimCheckSelection>({
    time: false,
    issuer: false,
    audience: false,
  });
  const [secret] = useState(() => randomSecretBytes(32));
  const [signed, setSigned] = useState<{ nowMs: number; cases: Map<UsageCase['id'], SignedCase> } | null>(
    null,
  );
  const latest = useRef(0);
  const send = async () => {
    const id = ++latest.current;
    const nowMs = Date.now();
    const cases = await makeUsageTokens(secret, nowMs);
    if (id === latest.current) setSigned({ nowMs, cases });
  };
  const genuine = signed?.cases.get('genuine')?.token;
  return (
    <ExperimentBox
      title="Decide what your verifier checks"
      intro="A verifier with its own random HS256 secret. The algorithm is always pinned to HS256; the claim checks are yours to switch on. Which of the five tokens get in?"
    >
      <Box role="group" aria-label="The verifier’s claim checks" sx={{ display: 'grid' }}>
        {CHECKS.map(({ key, label }) => (
          <LessonCheckbox
            key={key}
            id={`learn-check-${key}`}
            label={label}
            checked={selection[key]}
            onChange={(checked) => setSelection((current) => ({ ...current, [key]: checked }))}
          />
        ))}
      </Box>
      <Button variant="contained" startIcon={<PlayArrowIcon />} onClick={() => void send()} sx={{ mt: 1 }}>
        {signed ? 'Send five fresh tokens' : 'Send the five tokens'}
      </Button>
      {signed && <UsageVerdicts cases={signed.cases} selection={selection} nowMs={signed.nowMs} />}
      <Typography variant="body2" sx={{ mt: 2 }}>
        Take it to your own stack:{' '}
        <AppLink
          to="/"
          handoff={() =>
            genuine ? { token: genuine, keyText: bytesToBase64url(secret), encoding: 'base64url' } : undefined
          }
        >
          {genuine ? 'open alice’s token in the Debugger' : 'open the Debugger'}
        </AppLink>{' '}
        and use its “Verify in code” for a program that checks the same things with jose, jsonwebtoken, PyJWT,
        ruby-jwt or golang-jwt.
      </Typography>
    </ExperimentBox>
  );
}
