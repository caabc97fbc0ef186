import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import type { SecretEncoding } from '@/keys/key-types';
import { carryKeyTo } from './carry-key';

interface KeyActionsProps {
  /** What the encoder gets: the secret, or the private key that signs. */
  readonly signingKey: string;
  /** What the debugger gets: the secret, or the public key that verifies. */
  readonly verificationKey: string;
  readonly encoding: SecretEncoding;
  readonly disabled?: boolean;
}

/** "Use in the encoder" and "Use in the debugger": carry the key to the page that signs or verifies. */
export function KeyActions({ signingKey, verificationKey, encoding, disabled = false }: KeyActionsProps) {
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Button
        variant="outlined"
        endIcon={<ArrowForwardIcon />}
        disabled={disabled}
        onClick={() => carryKeyTo('/encoder', signingKey, encoding)}
      >
        Use in the encoder
      </Button>
      <Button
        variant="outlined"
        endIcon={<ArrowForwardIcon />}
        disabled={disabled}
        onClick={() => carryKeyTo('/', verificationKey, encoding)}
      >
        Use in the debugger
      </Button>
    </Stack>
  );
}
