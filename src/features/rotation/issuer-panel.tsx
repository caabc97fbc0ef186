import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SelectField } from '@/components/native-field/select-field';
import type { LabError } from '@/core/errors';
import type { SimEvent } from '@/rotation/events';
import type { KeyKind, World } from '@/rotation/world';
import { CACHE_TTLS, describeCacheTtl, issuerSettings, LIFETIMES } from './issuer-settings';
import { KeyList } from './key-list';

const KIND_OPTIONS: readonly { value: KeyKind; label: string }[] = [
  { value: 'hmac', label: 'HMAC secret (HS256, secret set)' },
  { value: 'es256', label: 'ES256 key pair (public JWKS)' },
];

interface IssuerPanelProps {
  readonly world: World;
  readonly error: LabError | null;
  readonly onAct: (event: SimEvent) => void;
  readonly onReset: (jwksCacheTtlS: number) => void;
}

/** The panel's controls start from the world's settings; the page remounts it for each new world. */

/** The issuer's side (and the attacker's): keys, tokens, forgeries; and starting over. */
export function IssuerPanel({ world, error, onAct, onReset }: IssuerPanelProps) {
  const [initial] = useState(() => issuerSettings(world));
  const [kind, setKind] = useState<KeyKind>(initial.kind);
  const [lifetimeS, setLifetimeS] = useState(initial.lifetimeS);
  const [forgeKid, setForgeKid] = useState('');
  const [ttlS, setTtlS] = useState(initial.jwksCacheTtlS);
  const forgeTarget = world.keys.some((key) => key.kid === forgeKid)
    ? forgeKid
    : (world.keys.at(-1)?.kid ?? '');
  const row = {
    direction: { xs: 'column', sm: 'row' },
    spacing: 1,
    sx: { alignItems: { sm: 'flex-end' } },
  } as const;
  return (
    <Paper component="section" aria-labelledby="issuer-title" sx={{ p: 2 }}>
      <Typography id="issuer-title" variant="subtitle1" component="h2" sx={{ fontWeight: 700, mb: 1.5 }}>
        Issuer (and attacker)
      </Typography>
      <Stack spacing={2}>
        <Box id="issuer-error">{error && <Alert severity="warning">{error.message}</Alert>}</Box>
        <Stack {...row}>
          <SelectField
            id="key-kind"
            label="Key type"
            value={kind}
            options={KIND_OPTIONS}
            onChange={setKind}
            sx={{ flex: 1 }}
          />
          <Button variant="contained" onClick={() => onAct({ type: 'generateKey', kind })}>
            Generate key
          </Button>
        </Stack>
        <KeyList world={world} onAct={onAct} />
        <Stack {...row}>
          <SelectField
            id="token-lifetime"
            label="Token lifetime"
            value={lifetimeS}
            options={LIFETIMES.map((option) => ({ value: option.s, label: option.label }))}
            onChange={setLifetimeS}
            sx={{ flex: 1 }}
          />
          <Button variant="contained" onClick={() => onAct({ type: 'issueToken', lifetimeS })}>
            Issue token
          </Button>
        </Stack>
        <Stack {...row}>
          <SelectField
            id="forge-kid"
            label="Forged token names kid"
            help="It verifies only if that key leaked."
            value={forgeTarget}
            options={world.keys.map((key) => ({ value: key.kid, label: key.kid }))}
            disabled={world.keys.length === 0}
            onChange={setForgeKid}
            sx={{ flex: 1 }}
          />
          <Button
            variant="outlined"
            color="error"
            disabled={forgeTarget === ''}
            onClick={() => onAct({ type: 'forgeToken', kid: forgeTarget, lifetimeS: 86_400 })}
            sx={{ mb: { sm: 3.25 } }}
          >
            Forge token
          </Button>
        </Stack>
        <Stack {...row} sx={{ ...row.sx, pt: 1.5, borderTop: 1, borderColor: 'divider' }}>
          <SelectField
            id="cache-ttl"
            label="JWKS cache of a new world"
            help={`This world's verifier: ${describeCacheTtl(world.verifier.jwksCacheTtlS).toLowerCase()}.`}
            value={ttlS}
            options={CACHE_TTLS.map((option) => ({ value: option.s, label: option.label }))}
            onChange={setTtlS}
            sx={{ flex: 1 }}
          />
          <Button variant="outlined" onClick={() => onReset(ttlS)} sx={{ mb: { sm: 3.25 } }}>
            Start an empty world
          </Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
