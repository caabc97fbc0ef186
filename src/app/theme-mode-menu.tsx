import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';
import LightModeIcon from '@mui/icons-material/LightMode';
import DarkModeIcon from '@mui/icons-material/DarkMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';

type Mode = 'light' | 'dark' | 'system';

const NEXT: Record<Mode, Mode> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<Mode, string> = { light: 'Light', dark: 'Dark', system: 'System' };
const ICON = { light: LightModeIcon, dark: DarkModeIcon, system: SettingsBrightnessIcon } as const;

/**
 * Cycles the theme: system → light → dark. A single button rather than a menu keeps the popper and
 * modal code out of the first download. MUI remembers the choice (not a secret) in localStorage.
 */
export function ThemeModeMenu() {
  const { mode, setMode } = useColorScheme();
  const current: Mode = mode ?? 'system';
  const Icon = ICON[current];
  const label = `Theme: ${LABEL[current]} (switch to ${LABEL[NEXT[current]]})`;
  return (
    <IconButton color="inherit" aria-label={label} title={label} onClick={() => setMode(NEXT[current])}>
      <Icon />
    </IconButton>
  );
}
