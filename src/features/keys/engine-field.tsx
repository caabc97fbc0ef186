import { SelectField } from '@/components/native-field/select-field';
import type { EngineChoice } from '@/audit/webgpu/engine-choice';

const ENGINE_OPTIONS: readonly { value: EngineChoice; label: string }[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'gpu', label: 'GPU (WebGPU)' },
  { value: 'cpu', label: 'CPU (Web Workers)' },
];

interface EngineFieldProps {
  readonly value: EngineChoice;
  readonly onChange: (value: EngineChoice) => void;
  readonly disabled: boolean;
}

/** Which engine hashes the candidates: Auto, the GPU through WebGPU, or the CPU workers. */
export function EngineField({ value, onChange, disabled }: EngineFieldProps) {
  return (
    <SelectField<EngineChoice>
      id="audit-engine"
      label="Engine"
      value={value}
      options={ENGINE_OPTIONS}
      onChange={onChange}
      disabled={disabled}
      help="Auto runs on the GPU when the browser has a hardware WebGPU adapter, else on every CPU core. Both find the same secrets."
      sx={{ maxWidth: 360 }}
    />
  );
}
