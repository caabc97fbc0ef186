import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CodeEditor } from '@/components/code-editor/code-editor';
import type { LabError } from '@/core/errors';
import { FieldError } from '@/components/field-error/field-error';

interface JsonPartCardProps {
  readonly title: string;
  readonly subtitle: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly schemaUri: string;
  readonly testId: string;
  readonly height: number;
  readonly errors: readonly LabError[];
  readonly toolbar?: ReactNode;
}

/** A header or payload editor (Monaco, with the JOSE schema) and its errors right below it. */
export function JsonPartCard({
  title,
  subtitle,
  value,
  onChange,
  schemaUri,
  testId,
  height,
  errors,
  toolbar,
}: JsonPartCardProps) {
  const id = `${testId}-title`;
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography id={id} variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
          {title}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {subtitle}
        </Typography>
      </Stack>
      {toolbar}
      <CodeEditor
        value={value}
        onChange={onChange}
        language="json"
        schemaUri={schemaUri}
        ariaLabel={title}
        testId={testId}
        height={height}
      />
      {errors.map((error) => (
        <FieldError key={error.code + error.message} error={error} />
      ))}
    </Paper>
  );
}
