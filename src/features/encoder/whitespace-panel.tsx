import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { ColoredToken } from '@/components/token-view/colored-token';
import type { JwsAlgorithm } from '@/core/algorithms';
import { whitespaceExperiment, type WhitespaceExperiment } from '@/jwt/whitespace-experiment';
import type { SigningKey } from '@/keys/signing-key';
import { VerdictLine } from './verdict-line';

interface WhitespacePanelProps {
  readonly payloadText: string;
  readonly signingKey: SigningKey | null;
  readonly alg: JwsAlgorithm | null;
  readonly allowShortSecret: boolean;
}

/** Same claims, different whitespace and member order: two valid tokens with different signatures. */
export function WhitespacePanel({ payloadText, signingKey, alg, allowShortSecret }: WhitespacePanelProps) {
  const [result, setResult] = useState<WhitespaceExperiment | string | null>(null);
  const run = async () => {
    if (!signingKey || !alg) return;
    const outcome = await whitespaceExperiment(payloadText, signingKey, alg, {
      nowMs: Date.now(),
      allowShortSecret,
    });
    setResult(outcome.ok ? outcome.value : outcome.error.message);
  };
  return (
    <Paper component="section" aria-labelledby="whitespace-title" sx={{ p: 2 }}>
      <Typography id="whitespace-title" variant="h6" component="h2" sx={{ fontWeight: 700 }}>
        Same claims, different bytes
      </Typography>
      <Typography sx={{ color: 'text.secondary', mb: 1.5 }}>
        Sign the payload above twice: once compact, once pretty-printed with its members in reverse order.
      </Typography>
      <Button variant="outlined" disabled={!signingKey || !alg} onClick={() => void run()}>
        Sign the same claims twice
      </Button>
      {typeof result === 'string' && (
        <Typography color="error" sx={{ mt: 1 }}>
          {result}
        </Typography>
      )}
      {result && typeof result !== 'string' && (
        <Stack spacing={2} sx={{ mt: 2 }}>
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: 'minmax(0,1fr)', md: 'repeat(2, minmax(0,1fr))' },
            }}
          >
            {result.variants.map((variant) => (
              <Box key={variant.label} sx={{ minWidth: 0 }}>
                <Typography variant="subtitle2" component="h3">
                  Payload {variant.label}
                </Typography>
                <Box
                  component="pre"
                  sx={{
                    m: 0,
                    my: 1,
                    p: 1,
                    bgcolor: 'action.hover',
                    borderRadius: 1,
                    fontSize: 12,
                    overflow: 'auto',
                    maxHeight: 160,
                  }}
                >
                  {variant.payloadText}
                </Box>
                <ColoredToken token={variant.signed.token} label={`Token, payload ${variant.label}`} />
                <Box sx={{ mt: 1 }}>
                  <VerdictLine verification={variant.verification} testId="whitespace-status" />
                </Box>
              </Box>
            ))}
          </Box>
          <Typography variant="body2">{result.explanation}</Typography>
        </Stack>
      )}
    </Paper>
  );
}
