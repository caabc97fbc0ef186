import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

const STEPS: readonly { question: string; answer: React.ReactNode }[] = [
  {
    question: 'Who must verify the tokens?',
    answer: (
      <>
        Only the service that issues them: an HMAC secret (<code>HS256</code>) is the simplest choice, and it
        never has to leave that service.
      </>
    ),
  },
  {
    question: 'Others must verify. Can they be trusted with the ability to sign?',
    answer: (
      <>
        Yes — your own services, inside one trust boundary: a shared secret works, one per purpose. No — other
        teams, partners, clients, anything you do not fully control: use a key pair (<code>ES256</code>,{' '}
        <code>EdDSA</code>, <code>RS256</code>, <code>PS256</code>). The issuer alone keeps the private key;
        verifiers get the public key, usually from a JWKS, and can verify but never sign.
      </>
    ),
  },
];

/** The symmetric-or-asymmetric decision in two questions. */
export function KeyTypeGuide() {
  return (
    <Box component="section" aria-labelledby="learn-key-type-title" sx={{ mb: 1.25 }}>
      <Typography
        id="learn-key-type-title"
        variant="subtitle1"
        component="h3"
        sx={{ fontWeight: 700, mb: 0.5 }}
      >
        A secret or a key pair?
      </Typography>
      <Box
        component="dl"
        sx={{
          m: 0,
          '& dt': { fontWeight: 600 },
          '& dd': { ml: 0, mb: 1, pl: 2, borderLeft: 2, borderColor: 'divider' },
        }}
      >
        {STEPS.map((step) => (
          <div key={step.question}>
            <dt>{step.question}</dt>
            <dd>{step.answer}</dd>
          </div>
        ))}
      </Box>
    </Box>
  );
}
