import { useCallback } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatJwks } from '@/rotation/real-keys';
import { formatSimTime } from '@/rotation/world';
import { ClockControls } from './clock-controls';
import { ConceptsPanel } from './concepts-panel';
import { IssuerPanel } from './issuer-panel';
import { JwksInspector } from './jwks-inspector';
import { keySetAsJwks, openInDebugger } from './open-in-debugger';
import { OUTCOME_COLORS_SX } from './outcome-look';
import { ScenarioPanel } from './scenario-panel';
import { TimelineChart } from './timeline-chart';
import { TimelineLegend } from './timeline-legend';
import { TokenTable } from './token-table';
import { useCryptoRun } from './use-crypto-run';
import { useSimulation } from './use-simulation';
import { VerifierPanel } from './verifier-panel';

/** Key rotation (`/rotation`): a simulated issuer and verifier with real keys, and a JWKS inspector. */
export function RotationPage() {
  const sim = useSimulation();
  const { snapshot, current } = useCryptoRun(sim.world, sim.viewS);
  const run = snapshot?.run;
  const openToken = useCallback(
    (tokenId: string) => {
      const jwt = run?.jwts.get(tokenId);
      if (run && jwt) openInDebugger(jwt, keySetAsJwks(run.keySet));
    },
    [run],
  );
  const latestJwt =
    sim.outcomes.length > 0 && run ? run.jwts.get(sim.outcomes.at(-1)?.token.id ?? '') : undefined;
  const at = formatSimTime(sim.world, sim.viewS);
  return (
    <Stack spacing={2.5} sx={OUTCOME_COLORS_SX}>
      <Box>
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700, letterSpacing: '-0.02em' }}>
          Key rotation
        </Typography>
        <Typography sx={{ color: 'text.secondary', maxWidth: 760 }}>
          An issuer signs tokens, a verifier accepts them, and a clock runs. Rotate keys and watch which
          tokens keep working — every token is really signed and verified with jose, in this page.
        </Typography>
      </Box>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '380px minmax(0, 1fr)' },
          gap: 2.5,
          alignItems: 'start',
        }}
      >
        <ScenarioPanel
          activeId={sim.scenarioId}
          world={sim.world}
          viewS={sim.viewS}
          onPick={sim.loadScenario}
          onView={sim.view}
        />
        <Paper component="section" aria-labelledby="timeline-heading" sx={{ p: 2, minWidth: 0 }}>
          <Typography
            id="timeline-heading"
            variant="subtitle1"
            component="h2"
            sx={{ fontWeight: 700, mb: 1 }}
          >
            Timeline
          </Typography>
          <ClockControls
            world={sim.world}
            viewS={sim.viewS}
            playing={sim.playing}
            onAdvance={sim.advance}
            onPlay={sim.setPlaying}
            onView={sim.view}
          />
          <Box sx={{ mt: 1.5, mb: 1 }}>
            <TimelineChart world={sim.world} viewS={sim.viewS} outcomes={sim.outcomes} />
          </Box>
          <TimelineLegend />
        </Paper>
      </Box>
      <Paper component="section" aria-labelledby="tokens-heading" sx={{ p: 2, minWidth: 0 }}>
        <Typography id="tokens-heading" variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1 }}>
          Tokens at {at}
        </Typography>
        <TokenTable
          world={sim.world}
          outcomes={sim.outcomes}
          crypto={snapshot}
          current={current}
          onOpen={openToken}
        />
        <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mt: 1 }}>
          The debugger checks expiry against your real clock. A scenario opens at its key moment, set to the
          real now, so there the debugger agrees with this table; at other moments it may not.
        </Typography>
      </Paper>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' },
          gap: 2.5,
          alignItems: 'start',
        }}
      >
        {/* A new world (a scenario or an empty one) remounts the panel, so its controls show its settings. */}
        <IssuerPanel
          key={`${sim.scenarioId ?? 'free'}@${sim.world.startS}`}
          world={sim.worldAt}
          error={sim.error}
          onAct={sim.act}
          onReset={sim.reset}
        />
        <VerifierPanel
          world={sim.world}
          viewS={sim.viewS}
          crypto={current ? snapshot : null}
          onRefresh={() => sim.act({ type: 'refreshCache' })}
        />
      </Box>
      <ConceptsPanel />
      <JwksInspector
        verifierJwks={current && run ? formatJwks(run.keySet) : null}
        onOpen={(keyText) => openInDebugger(latestJwt ?? '', keyText)}
      />
    </Stack>
  );
}
