import { useMemo, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import StopIcon from '@mui/icons-material/Stop';
import { parseCrackTarget } from '@/audit/crack-target';
import type { HashcatAttack } from '@/audit/hashcat-export';
import { loadSecretList } from '@/audit/load-secret-list';
import { NativeField } from '@/components/native-field/native-field';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { AuditOutcome } from './audit-outcome';
import {
  knownCandidates,
  planBruteForce,
  planList,
  type PlannedSource,
  type SourceChoice,
} from './audit-source';
import { AuditSourceFields } from './audit-source-fields';
import { AuditStatus } from './audit-status';
import { FieldErrorText } from './field-error-text';
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

/** Cracks an HS256/384/512 token's secret in Web Workers, to show what a weak secret costs. */
export function AuditPanel() {
  const [tokenText, setTokenText] = useState('');
  const [choice, setChoice] = useState<SourceChoice>(INITIAL_CHOICE);
  const [listError, setListError] = useState<string | null>(null);
  const [loadingList, setLoadingList] = useState(false);
  const { view, start, cancel, reset } = useAudit();
  const target = useMemo(() => (tokenText.trim() === '' ? null : parseCrackTarget(tokenText)), [tokenText]);
  const brute = useMemo(() => planBruteForce(choice), [choice]);
  const running = view.state === 'running' || loadingList;

  const listed: PlannedSource | null =
    choice.kind === 'wordlist' && choice.wordlist
      ? planList(choice.wordlist.words, `lines of ${choice.wordlist.fileName}`, choice.wordlist.fileName)
      : null;
  const hashcat: HashcatAttack | null =
    choice.kind === 'known'
      ? { kind: 'wordlist', wordlistFile: KNOWN_LIST_FILE }
      : choice.kind === 'wordlist'
        ? (listed?.hashcat ?? null)
        : brute.ok
          ? brute.value.hashcat
          : null;
  const ready =
    target?.ok === true &&
    (choice.kind === 'known' || (choice.kind === 'wordlist' ? listed !== null : brute.ok));

  const onStart = async () => {
    if (!target?.ok) return;
    let planned: PlannedSource | null = choice.kind === 'wordlist' ? listed : brute.ok ? brute.value : null;
    if (choice.kind === 'known') {
      setLoadingList(true);
      try {
        const list = await loadSecretList();
        planned = planList(
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
    if (planned) start({ target: target.value, planned });
  };

  return (
    <KeysSection
      id="audit"
      title="Audit a token's secret"
      subtitle="An attacker needs one token: the signature lets them test guesses offline, as fast as their hardware goes. Try it on yours."
    >
      <Box sx={PANEL_COLUMNS_SX}>
        <Stack spacing={2}>
          <NativeField id="audit-token" label="HS256, HS384 or HS512 token">
            <Box
              component="textarea"
              id="audit-token"
              data-testid="audit-token"
              rows={4}
              value={tokenText}
              spellCheck={false}
              autoComplete="off"
              autoCapitalize="off"
              placeholder="eyJhbGciOiJIUzI1NiJ9…"
              aria-invalid={target !== null && !target.ok}
              aria-describedby="audit-token-error"
              disabled={running}
              onChange={(event) => {
                // A result belongs to the token it was found for: a new token cancels and clears it.
                reset();
                setTokenText(event.target.value);
              }}
              sx={{
                ...NATIVE_INPUT_SX,
                fontFamily: 'var(--jwt-lab-mono)',
                fontSize: 13,
                resize: 'vertical',
                wordBreak: 'break-all',
              }}
            />
          </NativeField>
          <FieldErrorText id="audit-token-error" error={target && !target.ok ? target.error : undefined} />
          <AuditSourceFields
            choice={choice}
            onChange={(change) => setChoice((current) => ({ ...current, ...change }))}
            bruteError={brute.ok ? undefined : brute.error}
            bruteSummary={brute.ok ? brute.value.description : null}
            disabled={running}
          />
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
              onClick={() => void onStart()}
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
