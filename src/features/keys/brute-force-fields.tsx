import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { NativeField } from '@/components/native-field/native-field';
import { MONO_ROW_CONTROL_SX, ROW_CONTROL_SX } from './control-sx';
import { MAX_BRUTE_FORCE_LENGTH } from '@/audit/brute-force-space';
import { ALPHABET_PRESETS, type AlphabetPreset, type SourceChoice } from './audit-source';

interface BruteForceFieldsProps {
  readonly choice: SourceChoice;
  readonly onChange: (change: Partial<SourceChoice>) => void;
}

const PRESETS = Object.entries(ALPHABET_PRESETS) as [Exclude<AlphabetPreset, 'custom'>, { label: string }][];

function lengthValue(text: string): number {
  const value = Number(text);
  return Number.isFinite(value) ? value : 0;
}

/** The alphabet (a preset or typed) and the range of lengths to try. */
export function BruteForceFields({ choice, onChange }: BruteForceFieldsProps) {
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-end' }}>
      <Box sx={{ width: 220 }}>
        <NativeField id="brute-alphabet" label="Alphabet">
          <Box
            component="select"
            id="brute-alphabet"
            value={choice.preset}
            sx={ROW_CONTROL_SX}
            onChange={(event) => onChange({ preset: event.target.value as AlphabetPreset })}
          >
            {PRESETS.map(([id, { label }]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
            <option value="custom">Custom…</option>
          </Box>
        </NativeField>
      </Box>
      {choice.preset === 'custom' && (
        <Box sx={{ flex: '1 1 180px' }}>
          <NativeField id="brute-custom" label="Custom alphabet">
            <Box
              component="input"
              id="brute-custom"
              value={choice.customAlphabet}
              placeholder="e.g. abc123!"
              spellCheck={false}
              autoComplete="off"
              sx={MONO_ROW_CONTROL_SX}
              onChange={(event) => onChange({ customAlphabet: event.target.value })}
            />
          </NativeField>
        </Box>
      )}
      {(['minLength', 'maxLength'] as const).map((field) => (
        <Box key={field} sx={{ width: 120 }}>
          <NativeField
            id={`brute-${field}`}
            label={field === 'minLength' ? 'Shortest length' : 'Longest length'}
          >
            <Box
              component="input"
              id={`brute-${field}`}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_BRUTE_FORCE_LENGTH}
              value={choice[field]}
              sx={ROW_CONTROL_SX}
              onChange={(event) => onChange({ [field]: lengthValue(event.target.value) })}
            />
          </NativeField>
        </Box>
      ))}
    </Stack>
  );
}
