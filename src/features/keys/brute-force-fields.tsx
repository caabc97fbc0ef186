import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { NativeField } from '@/components/native-field/native-field';
import { MONO_ROW_CONTROL_SX, ROW_CONTROL_SX } from './control-sx';
import { MAX_BRUTE_FORCE_LENGTH } from '@/audit/brute-force-space';
import { ALPHABET_PRESETS, type AlphabetPreset, type SourceChoice } from './audit-source';
import { SelectField } from '@/components/native-field/select-field';

interface BruteForceFieldsProps {
  readonly choice: SourceChoice;
  readonly onChange: (change: Partial<SourceChoice>) => void;
}

const PRESETS = Object.entries(ALPHABET_PRESETS) as [Exclude<AlphabetPreset, 'custom'>, { label: string }][];
const ALPHABET_OPTIONS: readonly { value: AlphabetPreset; label: string }[] = [
  ...PRESETS.map(([value, { label }]) => ({ value, label })),
  { value: 'custom', label: 'Custom…' },
];

function lengthValue(text: string): number {
  const value = Number(text);
  return Number.isFinite(value) ? value : 0;
}

/** The alphabet (a preset or typed) and the range of lengths to try. */
export function BruteForceFields({ choice, onChange }: BruteForceFieldsProps) {
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-end' }}>
      <SelectField<AlphabetPreset>
        id="brute-alphabet"
        label="Alphabet"
        value={choice.preset}
        options={ALPHABET_OPTIONS}
        onChange={(preset) => onChange({ preset })}
        sx={{ width: 220 }}
        selectSx={ROW_CONTROL_SX}
      />
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
