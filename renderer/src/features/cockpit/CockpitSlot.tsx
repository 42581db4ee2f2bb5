import CloseFullscreen from '@mui/icons-material/CloseFullscreen';
import OpenInFull from '@mui/icons-material/OpenInFull';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type CockpitPanel = 'nudges' | 'roster' | 'load' | 'tasks' | 'broadcasts' | 'log';

type Props = {
  panel: CockpitPanel;
  enlarged: CockpitPanel | null;
  onEnlarge: (panel: CockpitPanel | null) => void;
  /** How the slot shares its column's height, e.g. '1 1 0' or '0 1 auto'. */
  flex: string;
  /** A cap for panels that take their own height, so they never push the others off screen. */
  maxHeight?: string;
  /** A lower cap on a short screen (900 px high or less). */
  shortMaxHeight?: string;
  children: ReactNode;
};

/**
 * One panel's place in the one-screen cockpit: it keeps the panel inside its share of the height
 * (the panel scrolls itself), and carries the button that enlarges it to the whole cockpit and back.
 */
export function CockpitSlot(props: Props) {
  const { panel, enlarged, onEnlarge, flex, maxHeight, shortMaxHeight, children } = props;
  const { t } = useTranslation();
  const isEnlarged = enlarged === panel;
  const label = isEnlarged
    ? t('cockpit.restore')
    : t('cockpit.enlarge', { panel: t(`cockpit.panels.${panel}`) });
  const hidden = enlarged !== null && !isEnlarged;
  return (
    <Box
      data-cockpit-slot={panel}
      // The enlarged panel covers the cockpit; the others keep their size underneath, hidden, so a
      // virtualised list or a scroll position is where the IC left it when they come back.
      sx={{
        display: 'flex',
        flexDirection: 'column',
        visibility: hidden ? 'hidden' : 'visible',
        minHeight: 0,
        minWidth: 0,
        ...(isEnlarged
          ? { position: 'absolute', inset: 0, zIndex: 1 }
          : {
              position: 'relative',
              flex,
              maxHeight,
            }),
        '& > section': { flex: '1 1 auto', minHeight: 0, overflow: 'auto' },
        // A 768-high laptop holds five panels only if each gives up a little padding.
        '@media (max-height: 900px)': {
          '& > section': { p: 1.5 },
          ...(isEnlarged ? {} : { maxHeight: shortMaxHeight ?? maxHeight }),
        },
      }}
    >
      {children}
      <Tooltip title={label}>
        <IconButton
          size="small"
          aria-label={label}
          aria-pressed={isEnlarged}
          onClick={() => onEnlarge(isEnlarged ? null : panel)}
          // Small and in the corner's padding, so it covers as little of the panel as it can.
          sx={{
            position: 'absolute',
            right: 2,
            bottom: 2,
            p: 0.25,
            bgcolor: 'background.paper',
            opacity: 0.6,
            '&:hover, &:focus-visible': { opacity: 1 },
          }}
        >
          {isEnlarged ? <CloseFullscreen sx={{ fontSize: 16 }} /> : <OpenInFull sx={{ fontSize: 16 }} />}
        </IconButton>
      </Tooltip>
    </Box>
  );
}
