import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import type { SegmentRole } from '@/jwt/decoded-token';
import { SEGMENT_COLORS } from '@/components/token-view/segment-colors';

interface DecodedPartCardProps {
  readonly title: string;
  readonly subtitle?: string;
  readonly role: SegmentRole;
  readonly active: boolean;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}

/** A decoded part (header, payload …) framed in its segment's colour; glows when its segment is active. */
export function DecodedPartCard({ title, subtitle, role, active, actions, children }: DecodedPartCardProps) {
  const headingId = `decoded-${role}-title`;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      data-active={active}
      sx={(theme: Theme) => ({
        p: 2,
        borderLeft: 4,
        borderLeftColor: SEGMENT_COLORS[role].light,
        boxShadow: active ? `0 0 0 2px ${SEGMENT_COLORS[role].light}` : 'none',
        transition: 'box-shadow 120ms ease',
        ...theme.applyStyles('dark', {
          borderLeftColor: SEGMENT_COLORS[role].dark,
          boxShadow: active ? `0 0 0 2px ${SEGMENT_COLORS[role].dark}` : 'none',
        }),
      })}
    >
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1, mb: 1, flexWrap: 'wrap' }}>
        <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {subtitle}
          </Typography>
        )}
        <Box sx={{ flex: 1 }} />
        {actions}
      </Stack>
      {children}
    </Paper>
  );
}
