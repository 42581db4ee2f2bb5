import Close from '@mui/icons-material/Close';
import Insights from '@mui/icons-material/Insights';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inlineLoading, lazyPart } from '../../app/lazyPart';

const AnalyticsView = lazyPart(() => import('./AnalyticsView').then((m) => m.AnalyticsView), {
  fallback: inlineLoading,
});

/** An icon in the app bar (beside Settings) that opens the cross-incident analytics full screen: a dialog rather than a route, so the cockpit stays put. */
export function AnalyticsButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Tooltip title={t('analytics.view.open')}>
        <IconButton onClick={() => setOpen(true)} aria-label={t('analytics.view.open')}>
          <Insights />
        </IconButton>
      </Tooltip>
      <Dialog fullScreen open={open} onClose={() => setOpen(false)} aria-labelledby="analytics-title">
        <AppBar position="sticky" color="default" elevation={1}>
          <Toolbar sx={{ gap: 2 }}>
            <Typography id="analytics-title" variant="h6" component="h2" sx={{ flexGrow: 1 }}>
              {t('analytics.view.title')}
            </Typography>
            <IconButton edge="end" aria-label={t('analytics.view.close')} onClick={() => setOpen(false)}>
              <Close />
            </IconButton>
          </Toolbar>
        </AppBar>
        <Box sx={{ p: 3 }}>{open ? <AnalyticsView /> : null}</Box>
      </Dialog>
    </>
  );
}
