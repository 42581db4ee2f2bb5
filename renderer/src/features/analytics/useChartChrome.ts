import { useTheme } from '@mui/material/styles';
import { chartChrome, personColours } from './chartColours';

/** What every chart draws its axes, grid, tooltip and series with, from the current theme (legible dark or light). */
export function useChartChrome() {
  const theme = useTheme();
  return {
    theme,
    chrome: chartChrome(theme),
    tick: { fill: theme.palette.text.secondary, fontSize: 12 },
    colours: personColours(theme),
  };
}
