import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import { JWE_ROLES, JWS_ROLES } from '@/jwt/decoded-token';
import { coarsenMarks } from './coarsen-marks';
import { SEGMENT_COLORS } from './segment-colors';

interface ColoredTokenProps {
  readonly token: string;
  readonly testId?: string;
  readonly label: string;
  /** Character ranges of `header.payload` to mark (e.g. what the tamper demo changed). */
  readonly marks?: readonly { start: number; end: number }[];
}

/** A compact JWS or JWE, read-only, each segment in its colour; long tokens wrap anywhere. */
export function ColoredToken({ token, testId, label, marks = [] }: ColoredTokenProps) {
  const parts = token.split('.');
  const roles = parts.length === 5 ? JWE_ROLES : JWS_ROLES;
  const starts = parts.map((_, index) =>
    parts.slice(0, index).reduce((sum, part) => sum + part.length + 1, 0),
  );
  return (
    <Box
      component="code"
      data-testid={testId}
      aria-label={label}
      sx={{
        display: 'block',
        p: 1.5,
        borderRadius: 1,
        bgcolor: 'action.hover',
        fontFamily: 'var(--jwt-lab-mono)',
        fontSize: 13,
        lineHeight: 1.6,
        wordBreak: 'break-all',
        whiteSpace: 'pre-wrap',
        // One rule for every mark: hundreds of per-mark style objects would stall the page.
        '& mark': { bgcolor: 'warning.light', color: 'common.black', borderRadius: '2px' },
      }}
    >
      {parts.map((part, index) => {
        const start = starts[index] ?? 0;
        const role = roles[index] ?? 'extra';
        return (
          <span key={index}>
            {index > 0 && '.'}
            <Box
              component="span"
              sx={(theme: Theme) => ({
                color: SEGMENT_COLORS[role].light,
                ...theme.applyStyles('dark', { color: SEGMENT_COLORS[role].dark }),
              })}
            >
              {withMarks(part, start, marks)}
            </Box>
          </span>
        );
      })}
    </Box>
  );
}

function withMarks(text: string, start: number, marks: readonly { start: number; end: number }[]) {
  const inside = coarsenMarks(marks)
    .map((mark) => ({ from: Math.max(mark.start - start, 0), to: Math.min(mark.end - start, text.length) }))
    .filter((mark) => mark.from < mark.to);
  if (inside.length === 0) return text;
  const pieces: React.ReactNode[] = [];
  let cursor = 0;
  for (const [index, mark] of inside.entries()) {
    pieces.push(text.slice(cursor, mark.from));
    pieces.push(<mark key={index}>{text.slice(mark.from, mark.to)}</mark>);
    cursor = mark.to;
  }
  pieces.push(text.slice(cursor));
  return pieces;
}
