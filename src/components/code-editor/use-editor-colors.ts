import { useMemo } from 'react';
import { useColorScheme, useTheme } from '@mui/material/styles';
import type { EditorColors } from './monaco-loader';

type SchemePalettes = Partial<Record<'light' | 'dark', { palette?: { background?: { paper?: unknown } } }>>;

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/**
 * The editor colours that follow the MUI colour scheme: mode (or, for "system", the system mode),
 * falling back to the `dark` class MUI puts on <html> when there is no provider to ask.
 */
export function useEditorColors(): EditorColors {
  const { mode, systemMode } = useColorScheme();
  const theme = useTheme();
  const resolved = mode === 'system' ? systemMode : mode;
  const dark = resolved ? resolved === 'dark' : document.documentElement.classList.contains('dark');
  // `colorSchemes` only exists on the theme's type when CSS variables are declared in its module
  // augmentation; the app enables them at run time, so read it defensively.
  const paper = (theme as { colorSchemes?: SchemePalettes }).colorSchemes?.[dark ? 'dark' : 'light']?.palette
    ?.background?.paper;
  const background = typeof paper === 'string' && HEX_COLOR.test(paper) ? paper : undefined;
  return useMemo(() => ({ dark, background }), [dark, background]);
}
