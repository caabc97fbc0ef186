import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { NativeField } from '@/components/native-field/native-field';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { DEFAULT_P2C_LIMIT, MAX_P2C_LIMIT } from '@/jwe/limits';

interface P2cLimitFieldProps {
  readonly limit: number;
  readonly onChange: (limit: number) => void;
  /** The token's own `p2c`, when it is above the limit: offered as a one-click raise. */
  readonly asked: number | null;
}

const format = (count: number) => count.toLocaleString('en-US');

/** The PBES2 bound: a hostile `p2c` is refused before PBKDF2 starts, unless the user raises the bound. */
export function P2cLimitField({ limit, onChange, asked }: P2cLimitFieldProps) {
  const [draft, setDraft] = useState(String(limit));
  const commit = (value: number) => {
    setDraft(String(value));
    onChange(value);
  };
  const canRaise = asked !== null && asked > limit && asked <= MAX_P2C_LIMIT;
  return (
    <Box>
      <NativeField
        id="p2c-limit"
        label="PBES2 iteration limit"
        help={`A token asking for more PBKDF2 iterations ("p2c") is refused before PBKDF2 starts, so a hostile count cannot freeze the page. Default ${format(DEFAULT_P2C_LIMIT)} (OWASP's PBKDF2-SHA256 figure), at most ${format(MAX_P2C_LIMIT)}.`}
      >
        <Box
          component="input"
          id="p2c-limit"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_P2C_LIMIT}
          step={1000}
          value={draft}
          aria-describedby="p2c-limit-help"
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
            setDraft(event.target.value);
            const value = Number(event.target.value);
            if (Number.isSafeInteger(value) && value >= 1 && value <= MAX_P2C_LIMIT) onChange(value);
          }}
          sx={{ ...NATIVE_INPUT_SX, maxWidth: 220 }}
        />
      </NativeField>
      {canRaise && (
        <Button size="small" variant="outlined" sx={{ mt: 1 }} onClick={() => commit(asked)}>
          Allow this token's {format(asked)} iterations
        </Button>
      )}
    </Box>
  );
}
