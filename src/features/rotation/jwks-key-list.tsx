import { useState } from 'react';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { JwksRow } from '@/rotation/jwks-inspect';
import { formatKeyCount, type JwksSummary } from '@/rotation/jwks-inspect-summary';
import { JwksKeyTable } from './jwks-key-table';

/** Rows rendered at first and added per "Show more": thousands of table rows would freeze the page. */
const PAGE = 50;

/** The set's totals and its first keys, with more on request. */
export function JwksKeyList({
  rows,
  summary,
}: {
  readonly rows: readonly JwksRow[];
  readonly summary: JwksSummary;
}) {
  // The limit belongs to one set of rows: a new paste starts again from the first page.
  const [limit, setLimit] = useState({ rows, count: PAGE });
  const count = limit.rows === rows ? limit.count : PAGE;
  const shown = rows.slice(0, count);
  const types = summary.keyTypes.map(([kty, n]) => `${formatKeyCount(n)} ${kty}`).join(', ');
  const plural = (n: number, word: string) => `${formatKeyCount(n)} ${word}${n === 1 ? '' : 's'}`;
  return (
    <Stack spacing={1}>
      <Typography variant="body2" component="p">
        <strong>{plural(summary.keyCount, 'key')}</strong>
        {summary.keyCount > 0 && ` (${types})`} · {plural(summary.errorCount, 'error')} ·{' '}
        {plural(summary.warningCount, 'warning')}
      </Typography>
      <JwksKeyTable rows={shown} />
      {rows.length > PAGE && (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            Showing keys 1–{formatKeyCount(shown.length)} of {formatKeyCount(rows.length)}
          </Typography>
          {shown.length < rows.length && (
            <Button size="small" onClick={() => setLimit({ rows, count: count + PAGE })}>
              Show {Math.min(PAGE, rows.length - shown.length)} more keys
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
