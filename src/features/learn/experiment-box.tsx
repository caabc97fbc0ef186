import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import ScienceIcon from '@mui/icons-material/ScienceOutlined';

interface ExperimentBoxProps {
  /** What the reader does, e.g. "Sign a token": also the region's name. */
  readonly title: string;
  readonly intro?: ReactNode;
  readonly children: ReactNode;
}

/** The frame of a live experiment: a named region, set apart from the prose. */
export function ExperimentBox({ title, intro, children }: ExperimentBoxProps) {
  return (
    <Box
      component="section"
      aria-label={`Experiment: ${title}`}
      sx={{
        p: { xs: 1.5, sm: 2 },
        border: 1,
        borderColor: 'divider',
        borderLeft: 4,
        borderLeftColor: 'primary.main',
        borderRadius: 1,
        minWidth: 0,
      }}
    >
      <Typography
        variant="subtitle1"
        component="h3"
        sx={{ display: 'flex', alignItems: 'center', gap: 0.75, fontWeight: 700 }}
      >
        <ScienceIcon fontSize="small" color="primary" aria-hidden />
        Try it: {title}
      </Typography>
      {intro && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.25, mb: 1.5, maxWidth: 780 }}>
          {intro}
        </Typography>
      )}
      <Box sx={{ mt: intro ? 0 : 1.5 }}>{children}</Box>
    </Box>
  );
}
