import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { editJsonMembers, expiryEdit, LIFETIME_SECONDS, type MemberEdit } from '@/jwt/edit-claims';
import type { Result } from '@/core/errors';

interface ClaimHelpersProps {
  readonly payloadText: string;
  readonly onChange: (text: string) => void;
  readonly onError: (message: string) => void;
}

/** One-click claims: iat now, exp in 5 min / 1 h / 1 day / custom, nbf now, a fresh jti. */
export function ClaimHelpers({ payloadText, onChange, onError }: ClaimHelpersProps) {
  const [customMinutes, setCustomMinutes] = useState(30);
  const apply = (edit: Result<MemberEdit> | MemberEdit) => {
    const edits: Result<MemberEdit> = isResult(edit) ? edit : { ok: true, value: edit };
    if (!edits.ok) return onError(edits.error.message);
    const next = editJsonMembers(payloadText, edits.value, 'payload');
    if (next.ok) onChange(next.value);
    else onError(`Fix the payload JSON first: ${next.error.message}`);
  };
  const now = () => Math.floor(Date.now() / 1000);
  const expIn = (seconds: number) => apply(expiryEdit(payloadText, seconds, Date.now()));
  return (
    <Stack
      direction="row"
      role="group"
      aria-label="Claim helpers"
      sx={{ flexWrap: 'wrap', gap: 1, mb: 1.5, alignItems: 'center' }}
    >
      <Button size="small" variant="outlined" onClick={() => apply({ iat: now() })}>
        iat = now
      </Button>
      <Button size="small" variant="outlined" onClick={() => expIn(LIFETIME_SECONDS['5m'])}>
        exp +5 min
      </Button>
      <Button size="small" variant="outlined" onClick={() => expIn(LIFETIME_SECONDS['1h'])}>
        exp +1 h
      </Button>
      <Button size="small" variant="outlined" onClick={() => expIn(LIFETIME_SECONDS['1d'])}>
        exp +1 day
      </Button>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <Box
          component="input"
          type="number"
          min={1}
          aria-label="Custom lifetime in minutes"
          value={customMinutes}
          onChange={(event) => setCustomMinutes(Number(event.target.value))}
          sx={{ ...NATIVE_INPUT_SX, width: 80, py: 0.5 }}
        />
        <Button size="small" variant="outlined" onClick={() => expIn(customMinutes * 60)}>
          exp +{customMinutes} min
        </Button>
      </Box>
      <Button size="small" variant="outlined" onClick={() => apply({ nbf: now() })}>
        nbf = now
      </Button>
      <Button size="small" variant="outlined" onClick={() => apply({ jti: crypto.randomUUID() })}>
        new jti
      </Button>
    </Stack>
  );
}

function isResult(value: Result<MemberEdit> | MemberEdit): value is Result<MemberEdit> {
  return typeof value.ok === 'boolean' && ('value' in value || 'error' in value);
}
