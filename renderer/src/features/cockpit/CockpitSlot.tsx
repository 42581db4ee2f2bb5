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
  children: ReactNode;
};

/**
 * One panel's place in the one-screen cockpit: it keeps the panel inside its share of the height
 * (the panel scrolls itself), and carries the button that enlarges it to the whole cockpit and back.
 */
export function CockpitSlot({ panel, enlarged, onEnlarge, flex, maxHeight, children }: Props) {
  const { t } = useTranslation();
  const isEnlarged = enlarged === panel;
  const label = isEnlarged
    ? t('cockpit.restore')
    : t('cockpit.enlarge', { panel: t(`cockpit.panels.${panel}`) });
  return (
    <Box
      data-cockpit-slot={panel}
      sx={{
        display: enlarged !== null && !isEnlarged ? 'none' : 'flex',
        flexDirection: 'column',
        position: 'relative',
        minHeight: 0,
        minWidth: 0,
        flex: isEnlarged ? '1 1 0' : flex,
        maxHeight: isEnlarged ? 'none' : maxHeight,
        '& > section': { flex: '1 1 auto', minHeight: 0, overflow: 'auto' },
      }}
    >
      {children}
      <Tooltip title={label}>
        <IconButton
          size="small"
          aria-label={label}
          aria-pressed={isEnlarged}
          onClick={() => onEnlarge(isEnlarged ? null : panel)}
          sx={{ position: 'absolute', right: 4, bottom: 4, bgcolor: 'background.paper', opacity: 0.8 }}
        >
          {isEnlarged ? <CloseFullscreen fontSize="small" /> : <OpenInFull fontSize="small" />}
        </IconButton>
      </Tooltip>
    </Box>
  );
}
