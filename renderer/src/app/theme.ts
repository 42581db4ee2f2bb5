import { createTheme, type Theme } from '@mui/material/styles';

export type ThemeMode = 'dark' | 'light';

/** Dark by default: the cockpit is read at 3 a.m. */
export function cockpitTheme(mode: ThemeMode): Theme {
  return createTheme({
    palette: {
      mode,
      primary: { main: mode === 'dark' ? '#90caf9' : '#1565c0' },
      ...(mode === 'dark' ? { background: { default: '#0d1117', paper: '#161b22' } } : {}),
    },
    components: {
      // Keyboard users must always see where focus is.
      MuiButtonBase: { defaultProps: { disableRipple: false } },
      MuiCssBaseline: {
        styleOverrides: {
          ':focus-visible': {
            outline: `2px solid ${mode === 'dark' ? '#90caf9' : '#1565c0'}`,
            outlineOffset: 2,
          },
        },
      },
    },
  });
}

export const severityColour = {
  'SEV-1': 'error',
  'SEV-2': 'warning',
  'SEV-3': 'info',
  'SEV-4': 'default',
  'SEV-5': 'default',
} as const;
