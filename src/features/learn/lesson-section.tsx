import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CheckYourself } from './check-yourself';
import { LESSON_SECTIONS, type SectionId } from './lesson-sections';

interface LessonSectionProps {
  readonly id: SectionId;
  /** Two or three short paragraphs (and any list that belongs with them). */
  readonly children: ReactNode;
  /** The live experiment, built from the same domain code as the tools. */
  readonly experiment: ReactNode;
  readonly check: { readonly question: string; readonly answer: ReactNode };
  /** Links into the tools that go deeper. */
  readonly deeper: ReactNode;
}

/** One section of the lesson: its anchor and heading, the prose, an experiment, a question, and where next. */
export function LessonSection({ id, children, experiment, check, deeper }: LessonSectionProps) {
  const index = LESSON_SECTIONS.findIndex((section) => section.id === id);
  const title = LESSON_SECTIONS[index]?.title ?? id;
  return (
    <Paper
      component="section"
      id={id}
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      // The sticky app bar is taller on a phone, where the page links take a row of their own.
      sx={{ p: { xs: 1.5, sm: 2.5 }, scrollMarginTop: { xs: 116, md: 72 }, outline: 'none', minWidth: 0 }}
    >
      <Typography
        id={`${id}-title`}
        variant="h5"
        component="h2"
        sx={{ fontWeight: 700, letterSpacing: '-0.01em', mb: 1 }}
      >
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {index + 1}.
        </Box>{' '}
        {title}
      </Typography>
      <Stack spacing={2}>
        <Box sx={PROSE_SX}>{children}</Box>
        {experiment}
        <CheckYourself question={check.question} answer={check.answer} />
        <Box
          component="p"
          sx={{ m: 0, display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 1, typography: 'body2' }}
        >
          <Box component="span" sx={{ color: 'text.secondary', fontWeight: 600 }}>
            Go deeper:
          </Box>
          {deeper}
        </Box>
      </Stack>
    </Paper>
  );
}

/** Readable line length for the prose; inline code in the mono font. */
const PROSE_SX = {
  maxWidth: 780,
  '& p': { m: 0, mb: 1.25, typography: 'body1', lineHeight: 1.65 },
  '& p:last-child': { mb: 0 },
  '& code': {
    fontFamily: 'var(--jwt-lab-mono)',
    fontSize: '0.9em',
    bgcolor: 'action.hover',
    px: 0.5,
    borderRadius: 0.5,
  },
  '& ul, & ol': { mt: 0, mb: 1.25, pl: 3, lineHeight: 1.65 },
} as const;
