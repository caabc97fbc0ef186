import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { LESSON_SECTIONS } from './lesson-sections';
import { SectionGeneration } from './section-generation';
import { SectionPitfalls } from './section-pitfalls';
import { SectionRotation } from './section-rotation';
import { SectionSecretKey } from './section-secret-key';
import { SectionStorage } from './section-storage';
import { SectionUsage } from './section-usage';
import { SectionWhyItMatters } from './section-why-it-matters';
import { useSectionHash } from './use-section-hash';

/** The guided lesson (`/learn`): the secret key's whole life, one live experiment per section. */
export function LearnPage() {
  useSectionHash();
  return (
    <Stack spacing={2.5}>
      <Box component="header">
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700, letterSpacing: '-0.02em' }}>
          Learn: the JWT secret key
        </Typography>
        <Typography sx={{ color: 'text.secondary', maxWidth: 820, mt: 0.5 }}>
          Seven short sections on the secret that signs your tokens: what it is, why it matters, how to
          generate, store, use and rotate it, and the mistakes that break it. Every experiment runs in this
          page with the same code as the tools — real keys from your browser’s CSPRNG, real signatures — and
          nothing is sent anywhere.
        </Typography>
      </Box>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '220px minmax(0, 1fr)' },
          gap: 2.5,
          alignItems: 'start',
        }}
      >
        <Box
          component="nav"
          aria-label="Lesson sections"
          sx={{ position: { lg: 'sticky' }, top: { lg: 80 } }}
        >
          <Typography variant="overline" component="p" sx={{ color: 'text.secondary', lineHeight: 2 }}>
            Sections
          </Typography>
          <Box
            component="ol"
            sx={{
              m: 0,
              pl: 3,
              columns: { xs: 1, sm: 2, lg: 1 },
              columnGap: 4,
              '& li': { breakInside: 'avoid', py: 0.25 },
            }}
          >
            {LESSON_SECTIONS.map((section) => (
              <li key={section.id}>
                <Link href={`#${section.id}`} sx={{ fontWeight: 600 }}>
                  {section.title}
                </Link>
              </li>
            ))}
          </Box>
        </Box>
        <Stack spacing={2.5} sx={{ minWidth: 0 }}>
          <SectionSecretKey />
          <SectionWhyItMatters />
          <SectionGeneration />
          <SectionStorage />
          <SectionUsage />
          <SectionRotation />
          <SectionPitfalls />
        </Stack>
      </Box>
    </Stack>
  );
}
