import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import { coarsenMarks, type MarkRange } from '@/components/token-view/coarsen-marks';

/** One labelled line of a tamper level: a text with its changed characters marked. */
export interface MarkedRow {
  readonly label: string;
  readonly text: string;
  readonly marks: readonly MarkRange[];
  /** A text colour for the whole row (e.g. the payload segment's colour), light and dark. */
  readonly color?: { readonly light: string; readonly dark: string };
}

function withMarks(text: string, marks: readonly MarkRange[]): ReactNode {
  const inside = coarsenMarks(marks).filter((mark) => mark.start < mark.end);
  if (inside.length === 0) return text;
  const pieces: ReactNode[] = [];
  let cursor = 0;
  for (const [index, mark] of inside.entries()) {
    pieces.push(text.slice(cursor, mark.start));
    pieces.push(<mark key={index}>{text.slice(mark.start, mark.end)}</mark>);
    cursor = mark.end;
  }
  pieces.push(text.slice(cursor));
  return pieces;
}

/** Rows of text one under the other, each after its label, changes marked as in the tampered token. */
export function MarkedRows({ rows }: { readonly rows: readonly MarkedRow[] }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0,1fr)', sm: '72px minmax(0,1fr)' },
        columnGap: 1.5,
        rowGap: 0.5,
        alignItems: 'baseline',
      }}
    >
      {rows.map((row) => (
        <Box key={row.label} sx={{ display: 'contents' }}>
          <Box component="span" sx={{ typography: 'body2', color: 'text.secondary' }}>
            {row.label}
          </Box>
          <Box
            component="code"
            data-row={row.label}
            sx={(theme) => ({
              display: 'block',
              px: 1.5,
              py: 1,
              mb: { xs: 1, sm: 0 },
              borderRadius: 1,
              bgcolor: 'action.hover',
              fontFamily: 'var(--jwt-lab-mono)',
              fontSize: 13,
              lineHeight: 1.6,
              wordBreak: 'break-all',
              whiteSpace: 'pre-wrap',
              '& mark': { bgcolor: 'warning.light', color: 'common.black', borderRadius: '2px' },
              ...(row.color && {
                color: row.color.light,
                ...theme.applyStyles('dark', { color: row.color.dark }),
              }),
            })}
          >
            {withMarks(row.text, row.marks)}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
