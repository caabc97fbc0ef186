import Box from '@mui/material/Box';
import type { Theme } from '@mui/material/styles';
import { JWE_ROLES } from '@/jwt/decoded-token';
import { SEGMENT_COLORS } from '@/components/token-view/segment-colors';

/** A compact JWE, read-only, each of its five parts in its colour (as the debugger colours them). */
export function EncryptedTokenView({ token, testId }: { readonly token: string; readonly testId: string }) {
  return (
    <Box
      component="code"
      data-testid={testId}
      aria-label="Encrypted token"
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
      }}
    >
      {token.split('.').map((part, index) => {
        const role = JWE_ROLES[index] ?? 'extra';
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
              {part}
            </Box>
          </span>
        );
      })}
    </Box>
  );
}
