import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import type { KeyRefusal, TokenOutcome } from '@/rotation/outcome';
import { expectedVerdict, type CryptoCheck, type CryptoVerdict } from '@/rotation/run-crypto';
import { formatSimTime, type SimToken, type World } from '@/rotation/world';
import { OutcomeBadge } from './outcome-badge';
import type { CryptoSnapshot } from './use-crypto-run';

const VERDICT_TEXT: Record<CryptoVerdict, string> = {
  accepted: 'verified',
  expired: 'JWTExpired',
  'no-matching-key': 'no matching key',
  'signature-invalid': 'signature invalid',
};

/** The badge's note for an expired token that is refused for something else as well. */
const ALSO_REFUSED_NOTE: Record<KeyRefusal, string> = {
  retired: 'key retired too',
  'unknown-kid': 'unknown kid too',
  invalid: 'forged too',
};

interface TokenTableProps {
  readonly world: World;
  readonly outcomes: readonly (TokenOutcome & { readonly token: SimToken })[];
  readonly crypto: CryptoSnapshot | null;
  readonly current: boolean;
  readonly onOpen: (tokenId: string) => void;
}

/** Every token issued so far and its fate at the moment shown, with what jose itself said. */
export function TokenTable({ world, outcomes, crypto, current, onOpen }: TokenTableProps) {
  if (outcomes.length === 0)
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        No tokens issued by this moment.
      </Typography>
    );
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="Tokens and their fate at the verifier" sx={{ minWidth: { md: 720 } }}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">Token</TableCell>
            <TableCell scope="col" sx={WIDE_ONLY}>
              kid
            </TableCell>
            <TableCell scope="col" sx={WIDE_ONLY}>
              Issued → expires
            </TableCell>
            <TableCell scope="col">Verifier says, and why</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {outcomes.map(({ token, outcome, reason, alsoRefusedFor }) => {
            const check = current ? crypto?.run.checks.get(token.id) : undefined;
            const times = `${formatSimTime(world, token.issuedAt)} → ${formatSimTime(world, token.expiresAt)}`;
            return (
              <TableRow
                key={token.id}
                data-testid="token-outcome"
                data-outcome={outcome}
                sx={{ verticalAlign: 'top' }}
              >
                <TableCell component="th" scope="row" sx={{ whiteSpace: { md: 'nowrap' } }}>
                  <Typography variant="body2" sx={{ fontWeight: 700 }}>
                    {token.id}
                  </Typography>
                  <Typography variant="caption" component="p" sx={{ color: 'text.secondary' }}>
                    {token.subject}
                    {token.forged && ' · forged'}
                  </Typography>
                  <Typography
                    variant="caption"
                    component="p"
                    sx={{ color: 'text.secondary', display: { md: 'none' } }}
                  >
                    {token.kid} · {times}
                  </Typography>
                </TableCell>
                <TableCell sx={{ ...WIDE_ONLY, fontFamily: 'var(--jwt-lab-mono)' }}>{token.kid}</TableCell>
                <TableCell sx={{ ...WIDE_ONLY, whiteSpace: 'nowrap' }}>{times}</TableCell>
                <TableCell>
                  <OutcomeBadge
                    outcome={outcome}
                    {...(alsoRefusedFor ? { note: ALSO_REFUSED_NOTE[alsoRefusedFor] } : {})}
                  />
                  <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.25 }}>
                    {reason}
                  </Typography>
                  <Stack
                    direction="row"
                    sx={{ alignItems: 'center', flexWrap: 'wrap', columnGap: 1.5, mt: 0.5 }}
                  >
                    <JoseCheck outcome={{ outcome, alsoRefusedFor }} check={check} />
                    <Button
                      size="small"
                      startIcon={<OpenInNewIcon />}
                      disabled={!current}
                      aria-label={`Open in debugger: ${token.id}`}
                      onClick={() => onOpen(token.id)}
                      sx={{ whiteSpace: 'nowrap', ml: -0.5 }}
                    >
                      Open in debugger
                    </Button>
                  </Stack>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** What jose itself said about the real token, and whether it agrees with the simulation. */
function JoseCheck({
  outcome,
  check,
}: {
  readonly outcome: Pick<TokenOutcome, 'outcome' | 'alsoRefusedFor'>;
  readonly check: CryptoCheck | undefined;
}) {
  if (!check)
    return (
      <Typography variant="caption" sx={{ color: 'text.secondary' }}>
        jose: checking…
      </Typography>
    );
  const agrees = check.verdict === expectedVerdict(outcome);
  // jose finds the key before it reads exp, so for an expired token it may name the key instead.
  const why =
    agrees && outcome.outcome === 'expired' && check.verdict !== 'expired' ? ' (key checked before exp)' : '';
  return (
    <Typography variant="caption" sx={{ color: agrees ? 'text.secondary' : 'error.main' }}>
      jose: <strong>{VERDICT_TEXT[check.verdict]}</strong>
      {why} · {agrees ? 'agrees' : 'disagrees with the simulation'}
    </Typography>
  );
}

/** Columns shown only where there is room; on a phone their content moves into the token cell. */
const WIDE_ONLY = { display: { xs: 'none', md: 'table-cell' } } as const;
