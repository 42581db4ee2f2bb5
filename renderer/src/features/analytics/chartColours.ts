import { amber, blue, cyan, deepOrange, green, grey, pink, purple, teal } from '@mui/material/colors';
import type { Theme } from '@mui/material/styles';
import type { FatigueLevel } from '../../domain/fatigue/types';

const hues = [blue, amber, teal, pink, green, purple, cyan, deepOrange];

/** Colours for people's bands: light shades on the dark theme, deep ones on the light theme. */
export function personColours(theme: Theme): string[] {
  const shade = theme.palette.mode === 'dark' ? 300 : 700;
  return hues.map((hue) => hue[shade]);
}

/** The "everyone else" band: neutral, so it never reads as one more person. */
export function othersColour(theme: Theme): string {
  return theme.palette.mode === 'dark' ? grey[500] : grey[600];
}

/** Fatigue as the roster shows it (fresh green … exhausted red); grey for someone no longer on duty. */
export function fatigueColour(theme: Theme, level: FatigueLevel | null): string {
  switch (level) {
    case 'fresh':
      return theme.palette.success.main;
    case 'ok':
      return theme.palette.info.main;
    case 'tired':
      return theme.palette.warning.main;
    case 'exhausted':
      return theme.palette.error.main;
    default:
      return othersColour(theme);
  }
}

/** Axis, grid and tooltip styles that stay legible on either theme. */
export function chartChrome(theme: Theme) {
  return {
    axis: { stroke: theme.palette.text.secondary, fontSize: 12 },
    grid: theme.palette.divider,
    tooltip: {
      contentStyle: {
        backgroundColor: theme.palette.background.paper,
        borderColor: theme.palette.divider,
        color: theme.palette.text.primary,
      },
      labelStyle: { color: theme.palette.text.primary },
      itemStyle: { color: theme.palette.text.primary },
    },
    legend: { color: theme.palette.text.primary },
  };
}
