import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import Tune from '@mui/icons-material/Tune';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { concentrationOf, roundTo } from '../../domain/analytics';
import type { Incident } from '../../domain/incident/types';
import type { LiveRoster } from '../roster/useRoster';
import { dialogLoading, inlineLoading, lazyPart } from '../../app/lazyPart';

const LoadCharts = lazyPart(() => import('./LoadCharts').then((m) => m.LoadCharts), {
  fallback: inlineLoading,
});
const LoadSettingsDialog = lazyPart(() => import('./LoadSettingsDialog').then((m) => m.LoadSettingsDialog), {
  fallback: dialogLoading,
  hidden: (p) => !p.open,
});

type Props = {
  incident: Incident;
  live: LiveRoster | undefined;
  /** Whether the charts are shown: they need more than the cockpit's narrow column, so the owner enlarges the panel. */
  chartsOpen: boolean;
  onChartsOpen: (open: boolean) => void;
};

/**
 * Is the incident carried by one or two heroes? The busiest responder's share and the Gini coefficient are
 * always shown (they come from the roster, at no cost); the charts read the log only when opened.
 */
export function LoadPanel({ incident, live, chartsOpen: open, onChartsOpen: setOpen }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const chartsId = useId();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const roster = live?.roster;
  const figure = useMemo(() => (roster === undefined ? undefined : concentrationOf(roster)), [roster]);
  const toggleLabel = open ? t('analytics.load.hide') : t('analytics.load.show');

  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      id="panel-load"
      tabIndex={-1}
      sx={{ p: 2, flexShrink: 0 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <Typography id={headingId} variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {t('analytics.load.title')}
        </Typography>
        <Tooltip title={t('analytics.settings.open')}>
          <IconButton
            size="small"
            aria-label={t('analytics.settings.open')}
            onClick={() => setSettingsOpen(true)}
          >
            <Tune fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title={toggleLabel}>
          <IconButton
            size="small"
            aria-label={toggleLabel}
            aria-expanded={open}
            aria-controls={chartsId}
            onClick={() => setOpen(!open)}
          >
            {open ? <ExpandLess /> : <ExpandMore />}
          </IconButton>
        </Tooltip>
      </Stack>
      {figure === undefined ? null : (
        <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 2, fontVariantNumeric: 'tabular-nums' }}>
          <Typography data-testid="busiest">
            {figure.busiest === null
              ? t('analytics.load.noOpenTasks')
              : t('analytics.load.busiest', {
                  name: figure.busiest.personName,
                  percent: Math.round(figure.busiest.share * 100),
                  total: figure.totalOpen,
                })}
          </Typography>
          <Tooltip title={t('analytics.load.giniHelp')}>
            <Typography data-testid="gini" color="text.secondary">
              {t('analytics.load.gini', { value: roundTo(figure.gini, 2).toFixed(2) })}
            </Typography>
          </Tooltip>
        </Stack>
      )}
      <Box id={chartsId}>
        {open && live !== undefined ? <LoadCharts incident={incident} live={live} /> : null}
      </Box>
      <LoadSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </Paper>
  );
}
