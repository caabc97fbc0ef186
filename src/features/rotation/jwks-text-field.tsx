import { useMemo } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { NATIVE_INPUT_SX } from '@/components/native-field/native-input-sx';
import { NativeField } from '@/components/native-field/native-field';
import { formatKeyCount } from '@/rotation/jwks-inspect-summary';

/**
 * Past this many characters pasted text is held in memory instead of laid out in the field: a 4.7 MB
 * set in a textarea costs the browser seconds per paste and per keystroke, and no one reads it there.
 */
export const HOLD_THRESHOLD = 256 * 1024;

interface JwksTextFieldProps {
  readonly text: string;
  readonly held: string | null;
  readonly invalid: boolean;
  readonly onText: (text: string) => void;
  readonly onHold: (text: string | null) => void;
}

/** The inspector's input: a textarea, or for a huge set a line saying what is held and how to edit it. */
export function JwksTextField({ text, held, invalid, onText, onHold }: JwksTextFieldProps) {
  if (held !== null) return <HeldText held={held} onText={onText} onHold={onHold} />;
  return (
    <NativeField id="jwks-to-inspect" label="JWKS to inspect">
      <Box
        component="textarea"
        id="jwks-to-inspect"
        value={text}
        rows={8}
        spellCheck={false}
        autoComplete="off"
        placeholder='{"keys": [ … ]}'
        aria-invalid={invalid}
        aria-describedby="jwks-result"
        onPaste={(event: React.ClipboardEvent<HTMLTextAreaElement>) => {
          const pasted = event.clipboardData.getData('text/plain');
          if (pasted.length <= HOLD_THRESHOLD) return;
          // Replacing the whole field with a huge set: keep it in memory, never in the layout.
          event.preventDefault();
          onHold(pasted);
        }}
        onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => {
          const { value } = event.target;
          if (value.length > HOLD_THRESHOLD) onHold(value);
          else onText(value);
        }}
        sx={{
          ...(NATIVE_INPUT_SX as object),
          fontFamily: 'var(--jwt-lab-mono)',
          fontSize: 13,
          resize: 'vertical',
        }}
      />
    </NativeField>
  );
}

interface HeldTextProps {
  readonly held: string;
  readonly onText: (text: string) => void;
  readonly onHold: (text: string | null) => void;
}

function HeldText({ held, onText, onHold }: HeldTextProps) {
  const megabytes = useMemo(() => (new TextEncoder().encode(held).length / 1_000_000).toFixed(1), [held]);
  return (
    <Box
      role="group"
      tabIndex={0}
      aria-labelledby="jwks-held-title"
      aria-describedby="jwks-held-help jwks-result"
      onPaste={(event: React.ClipboardEvent<HTMLDivElement>) => {
        event.preventDefault();
        const pasted = event.clipboardData.getData('text/plain');
        if (pasted.length > HOLD_THRESHOLD) onHold(pasted);
        else {
          onHold(null);
          onText(pasted);
        }
      }}
      sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5 }}
    >
      <Typography id="jwks-held-title" variant="subtitle2" component="p">
        JWKS to inspect: {megabytes} MB pasted ({formatKeyCount(held.length)} characters)
      </Typography>
      <Typography id="jwks-held-help" variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        A set this large is held in memory and inspected in the background instead of being laid out as text,
        so the page keeps answering. Paste here to replace it.
      </Typography>
      <Button
        size="small"
        variant="outlined"
        onClick={() => {
          onHold(null);
          onText('');
          // The group goes away with the set: give focus to the empty field that replaces it.
          requestAnimationFrame(() => document.getElementById('jwks-to-inspect')?.focus());
        }}
      >
        Clear
      </Button>
    </Box>
  );
}
