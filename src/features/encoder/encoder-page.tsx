import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { editJsonMembers } from '@/jwt/edit-claims';
import { JOSE_HEADER_SCHEMA_URI, JWT_CLAIMS_SCHEMA_URI } from '@/jwt/jose-json-schema';
import { ALGORITHM_INFO, isJwsAlgorithm, type JwsAlgorithm } from '@/core/algorithms';
import { AlgorithmKeyPanel } from './algorithm-key-panel';
import { ClaimHelpers } from './claim-helpers';
import { EncryptPanel } from './encrypt-panel';
import { JsonPartCard } from './json-part-card';
import { generateKeyFor } from './key-generation';
import { openInDebugger } from './open-in-debugger';
import { ResignPanel } from './resign-panel';
import { TamperPanel } from './tamper-panel';
import { TokenOutput } from './token-output';
import { useEncoderState } from './use-encoder-state';
import { WhitespacePanel } from './whitespace-panel';

/** The encoder (`/encoder`): write claims, pick an algorithm and key, get a signed token; the tamper demo. */
export function EncoderPage() {
  const state = useEncoderState();
  const { outcome } = state;
  const [helperError, setHelperError] = useState<string | null>(null);
  const setHeaderMembers = (edits: Record<string, unknown>) => {
    const next = editJsonMembers(state.headerText, edits, 'header');
    if (next.ok) state.setHeaderText(next.value);
    else setHelperError(`Fix the header JSON first: ${next.error.message}`);
  };
  const generate = async (): Promise<string | null> => {
    if (!outcome.alg) return 'Pick an algorithm first.';
    const fresh = await generateKeyFor(outcome.alg);
    if (typeof fresh === 'string') return fresh;
    state.setKey(fresh.keyText, fresh.encoding);
    // Applied to the header as it is by now, not as it was when the button was pressed.
    state.setHeaderText((current) => {
      const next = editJsonMembers(current, { kid: fresh.kid ?? undefined }, 'header');
      return next.ok ? next.value : current;
    });
    return null;
  };
  const changeAlgorithm = (alg: JwsAlgorithm) => {
    // A kid names one key; a key of another family cannot be that key any more.
    const sameFamily = outcome.alg !== null && ALGORITHM_INFO[outcome.alg].kty === ALGORITHM_INFO[alg].kty;
    setHeaderMembers(sameFamily ? { alg } : { alg, kid: undefined });
  };
  return (
    <Stack spacing={2.5}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700, letterSpacing: '-0.02em' }}>
          Encoder
        </Typography>
        <Typography sx={{ color: 'text.secondary', maxWidth: 760 }}>
          Write a header and claims, pick an algorithm and a key, and get a signed token. Keys are generated
          with your browser's cryptographic random generator and never leave this page.
        </Typography>
      </Box>
      {state.original && <ResignPanel original={state.original} state={state} onGenerate={generate} />}
      <Box
        sx={{
          display: 'grid',
          gap: 2.5,
          gridTemplateColumns: { xs: 'minmax(0,1fr)', md: 'repeat(2, minmax(0,1fr))' },
        }}
      >
        <Stack spacing={2.5} sx={{ minWidth: 0 }}>
          <JsonPartCard
            title="Header"
            subtitle="JOSE header"
            value={state.headerText}
            onChange={state.setHeaderText}
            schemaUri={JOSE_HEADER_SCHEMA_URI}
            testId="header-editor"
            height={150}
            errors={outcome.errors.filter((e) => e.field === 'header')}
          />
          <JsonPartCard
            title="Payload"
            subtitle="the claims"
            value={state.payloadText}
            onChange={state.setPayloadText}
            schemaUri={JWT_CLAIMS_SCHEMA_URI}
            testId="payload-editor"
            height={260}
            errors={outcome.errors.filter((e) => e.field === 'payload')}
            toolbar={
              <ClaimHelpers
                payloadText={state.payloadText}
                onChange={state.setPayloadText}
                onError={setHelperError}
              />
            }
          />
          {helperError && (
            <Alert severity="warning" onClose={() => setHelperError(null)}>
              {helperError}
            </Alert>
          )}
        </Stack>
        <Stack spacing={2.5} sx={{ minWidth: 0 }}>
          <AlgorithmKeyPanel
            alg={outcome.alg ?? algFromText(state.headerText)}
            onAlgChange={changeAlgorithm}
            keyText={state.keyText}
            onKeyTextChange={state.setKeyText}
            encoding={state.encoding}
            onEncodingChange={state.setEncoding}
            onGenerate={generate}
            allowShortSecret={state.allowShortSecret}
            onAllowShortSecret={state.setAllowShortSecret}
            outcome={outcome}
          />
          <TokenOutput
            outcome={outcome}
            busy={state.busy}
            mode={state.mode}
            onModeChange={state.setMode}
            onOpenInDebugger={() => openInDebugger(outcome, state.keyText, state.encoding)}
          />
        </Stack>
      </Box>
      <EncryptPanel payloadText={state.payloadText} signedToken={outcome.signed?.token ?? null} />
      <TamperPanel sourceToken={outcome.signed?.token ?? ''} signingKey={outcome.key} />
      <WhitespacePanel
        payloadText={state.payloadText}
        signingKey={outcome.key}
        alg={outcome.alg}
        allowShortSecret={state.allowShortSecret}
      />
    </Stack>
  );
}

function algFromText(headerText: string): JwsAlgorithm | null {
  try {
    const alg = (JSON.parse(headerText) as Record<string, unknown>).alg;
    return isJwsAlgorithm(alg) ? alg : null;
  } catch {
    return null;
  }
}
