import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import type { SegmentRole, TokenSegment } from '@/jwt/decoded-token';
import { SEGMENT_COLORS, SEGMENT_LABELS } from '@/components/token-view/segment-colors';

type Role = SegmentRole | 'extra';

interface TokenPartsProps {
  readonly segments: readonly TokenSegment[];
  readonly activeRole: Role | null;
  readonly onActivate: (role: Role | null) => void;
}

/** The token's parts as a legend: hovering or focusing one highlights it and its decoded panel. */
export function TokenParts({ segments, activeRole, onActivate }: TokenPartsProps) {
  if (segments.length === 0) return null;
  return (
    <Stack
      direction="row"
      component="ul"
      aria-label="Token parts"
      sx={{ flexWrap: 'wrap', gap: 1, p: 0, m: 0, listStyle: 'none' }}
    >
      {segments.map((segment, index) => (
        <Box
          component="li"
          key={index}
          tabIndex={0}
          onMouseEnter={() => onActivate(segment.role)}
          onMouseLeave={() => onActivate(null)}
          onFocus={() => onActivate(segment.role)}
          onBlur={() => onActivate(null)}
          sx={(theme: Theme) => ({
            display: 'flex',
            alignItems: 'center',
            gap: 0.75,
            px: 1.25,
            py: 0.5,
            borderRadius: 5,
            border: 1,
            borderColor: activeRole === segment.role ? SEGMENT_COLORS[segment.role].light : 'divider',
            bgcolor: activeRole === segment.role ? 'action.selected' : 'transparent',
            cursor: 'default',
            outlineOffset: 2,
            ...theme.applyStyles('dark', {
              borderColor: activeRole === segment.role ? SEGMENT_COLORS[segment.role].dark : undefined,
            }),
          })}
        >
          <Box
            aria-hidden
            sx={(theme: Theme) => ({
              width: 10,
              height: 10,
              borderRadius: '50%',
              bgcolor: SEGMENT_COLORS[segment.role].light,
              ...theme.applyStyles('dark', { bgcolor: SEGMENT_COLORS[segment.role].dark }),
            })}
          />
          <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
            {SEGMENT_LABELS[segment.role]}
          </Typography>
          <Typography
            variant="body2"
            component="span"
            sx={{ color: segment.error ? 'error.main' : 'text.secondary' }}
          >
            {describeSize(segment)}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
}

function describeSize(segment: TokenSegment): string {
  if (segment.error) return 'not base64url';
  if (segment.byteLength === null) return `${segment.text.length} chars`;
  if (segment.byteLength === 0) return 'empty';
  return `${segment.byteLength.toLocaleString('en-US')} bytes`;
}
