import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';

interface KeysSectionProps {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: ReactNode;
  readonly children: ReactNode;
}

/** One panel of the Keys page: an outlined card with a heading that names the region. */
export function KeysSection({ id, title, subtitle, children }: KeysSectionProps) {
  return (
    <Paper component="section" aria-labelledby={`${id}-title`} sx={{ p: { xs: 1.5, sm: 2 }, minWidth: 0 }}>
      <Box sx={{ mb: 1.5 }}>
        <Typography id={`${id}-title`} variant="h6" component="h2" sx={{ fontWeight: 700, lineHeight: 1.3 }}>
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.25 }}>
            {subtitle}
          </Typography>
        )}
      </Box>
      {children}
    </Paper>
  );
}
