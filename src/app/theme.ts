import { createTheme } from '@mui/material/styles';

/** System fonts only: nothing is fetched from another origin (PRODUCT.md, "Nothing leaves the page"). */
const SYSTEM_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
export const MONO_FONTS =
  "ui-monospace, 'SFMono-Regular', 'Cascadia Code', 'JetBrains Mono', Menlo, Consolas, monospace";

/** The app's theme: light and dark schemes switched by a class on <html> (see ThemeModeMenu). */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#4f46e5' },
        secondary: { main: '#0e7490' },
        background: { default: '#f7f8fa', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#a5b4fc' },
        secondary: { main: '#67e8f9' },
        background: { default: '#0f1115', paper: '#171a21' },
      },
    },
  },
  typography: { fontFamily: SYSTEM_FONTS },
  shape: { borderRadius: 10 },
  components: {
    MuiButton: {
      defaultProps: { disableElevation: true },
      styleOverrides: { root: { textTransform: 'none' } },
    },
    MuiTab: { styleOverrides: { root: { textTransform: 'none' } } },
    MuiPaper: { defaultProps: { variant: 'outlined' } },
  },
});
