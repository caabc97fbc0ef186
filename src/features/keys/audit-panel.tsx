import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import StopIcon from '@mui/icons-material/Stop';
import { parseCrackTarget, type CrackTarget } from '@/audit/crack-target';
import type { HashcatAttack } from '@/audit/hashcat-export';
import type { EngineChoice } from '@/audit/webgpu/engine-choice';
import { loadSecretList } from '@/audit/load-secret-list';
import { signWeakExampleToken } from '@/audit/weak-example';
import type { Result } from '@/core/errors';
import { AuditOutcome } from './audit-outcome';
import { knownCandidates, planBruteForce, planList, planSource, type SourceChoice } from './audit-source';
import { AuditSourceFields } from './audit-source-fields';
import { AuditStatus } from './audit-status';
import { AuditTokenField } from './audit-token-field';
import { EngineField } from './engine-field';
import { HashcatExportBox } from './hashcat-export-box';
import { PANEL_COLUMNS_SX } from './control-sx';
import { KeysSection } from './keys-section';
import { useAudit } from './use-audit';

const KNOWN_LIST_FILE = 'jwt.secrets.list';
const INITIAL_CHOICE: SourceChoice = {
  kind: 'known',
  wordlist: null,
  preset: 'lowercase',
  customAlphabet: '',
  minLength: 1,
  maxLength: 5,
};

/** Cracks an HS256/384/512 token's secret on the GPU or in Web Workers, to show what a weak secret costs. */
export function AuditPanel() {
  const [tokenText, setTokenText] = useState('');
  const [choice, setChoice] = useState<SourceChoice>(INITIAL_CHOICE);
  const [engine, setEngine] = useState<EngineChoice>('auto');
  const [listError, setListError] = useState<string | null>(null);
  const [loadingList, setLoadingList] = useState(false);
  const { view, start, cancel, reset } = useAudit();
  const target = useMemo(() => (tokenText.trim() === '' ? null : parseCrackTarget(tokenText)), [tokenText]);
  const brute = useMemo(() => planBruteForce(choice), [choice]);
  const running = view.state === 'running' || loadingList;
  const planned = planSource(choice);
  const hashcat: HashcatAttack | null =
    choice.kind === 'known'
      ? { kind: 'wordlist', wordlistFile: KNOWN_LIST_FILE }
      : (planned?.hashcat ?? null);
  const ready = target?.ok === true && (choice.kind === 'known' || planned !== null);

  const launch = async (parsed: Result<CrackTarget> | null, chosen: SourceChoice) => {
    if (!parsed?.ok) return;
    let source = planSource(chosen);
    if (chosen.kind === 'known') {
      setLoadingList(true);
      try {
        const list = await loadSecretList();
        source = planList(
          knownCandidates(list),
          'published secrets (wallarm/jwt-secrets and well-known defaults)',
          KNOWN_LIST_FILE,
        );
        setListError(null);
      } catch (error) {
        setListError(
          `${error instanceof Error ? error.message : String(error)} Reload the page, or drop the list as a wordlist file.`,
        );
        return;
      } finally {
        setLoadingList(false);
      }
    }
    if (source) start({ target: parsed.value, planned: source, engine });
  };

  const changeToken = (text: string) => {
    // A result belongs to the token it was found for: a new token cancels and clears it.
    reset();
    setTokenText(text);
  };

  const tryExample = async () => {
    // Signed now (a fresh reading in the handler), so its iat/exp look like a live token's.
    const token = await signWeakExampleToken(Date.now());
    const known: SourceChoice = { ...choice, kind: 'known' };
    changeToken(token);
    setChoice(known);
    await launch(parseCrackTarget(token), known);
  };

  return (
    <KeysSection
      id="audit"
      title="Audit a token's secret"
      subtitle="An attacker needs one token: the signature lets them test guesses offline, as fast as their hardware goes. Try it on yours."
    >
      <Box sx={PANEL_COLUMNS_SX}>
        <Stack spacing={2}>
          <AuditTokenField
            value={tokenText}
            onChange={changeToken}
            error={target && !target.ok ? target.error : undefined}
            disabled={running}
            onTryExample={() => void tryExample()}
          />
          <AuditSourceFields
            choice={choice}
            onChange={(change) => setChoice((current) => ({ ...current, ...change }))}
            bruteError={brute.ok ? undefined : brute.error}
            bruteSummary={brute.ok ? brute.value.description : null}
            disabled={running}
          />
          <EngineField value={engine} onChange={setEngine} disabled={running} />
          {listError && (
            <Typography variant="body2" role="alert" sx={{ color: 'error.main' }}>
              {listError}
            </Typography>
          )}
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Button
              variant="contained"
              startIcon={<PlayArrowIcon />}
              disabled={!ready || running}
              onClick={() => void launch(target, choice)}
            >
              Start audit
            </Button>
            <Button
              variant="outlined"
              color="warning"
              startIcon={<StopIcon />}
              disabled={view.state !== 'running'}
              onClick={cancel}
            >
              Cancel
            </Button>
          </Stack>
        </Stack>
        <Stack spacing={2}>
          <AuditStatus view={view} />
          <AuditOutcome view={view} />
          <HashcatExportBox token={target?.ok ? target.value.token : null} attack={hashcat} />
        </Stack>
      </Box>
    </KeysSection>
  );
}
