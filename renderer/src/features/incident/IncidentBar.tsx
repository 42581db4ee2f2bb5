import Brightness4 from '@mui/icons-material/Brightness4';
import Settings from '@mui/icons-material/Settings';
import AddAlert from '@mui/icons-material/AddAlert';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/clock';
import { languages, switchLanguage } from '../../app/i18n';
import { severityColour } from '../../app/theme';
import { formatElapsed } from '../../domain/incident/elapsed';
import type { Incident } from '../../domain/incident/types';
import { DeskButton } from '../../app/desk/DeskButton';
import { AnalyticsButton } from '../analytics/AnalyticsButton';
import { DrillCountdown } from '../drills/parts';
import { StartDrillButton } from '../drills/StartDrillButton';
import { inlineLoading, lazyPart } from '../../app/lazyPart';

const IncidentControls = lazyPart(() => import('./IncidentControls').then((m) => m.IncidentControls), {
  fallback: inlineLoading,
});

function ElapsedClock({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const now = useNow();
  return (
    <Typography
      component="span"
      aria-label={t('incident.elapsed')}
      sx={{ fontVariantNumeric: 'tabular-nums' }}
    >
      {formatElapsed(incident.declaredAt, incident.resolvedAt ?? now)}
    </Typography>
  );
}

type Props = {
  incident: Incident | null;
  onDeclare: () => void;
  onToggleTheme: () => void;
  onOpenSettings: () => void;
};

/** The top of the cockpit: the active incident at a glance, and its controls. */
export function IncidentBar({ incident, onDeclare, onToggleTheme, onOpenSettings }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <AppBar position="static" color="default" elevation={1}>
      {/* One row at 1366 px too: the incident's details give way (ellipsis) before the controls wrap. */}
      <Toolbar variant="dense" sx={{ gap: 1.5, flexWrap: 'nowrap', py: 0.5 }}>
        <Typography variant="h6" component="span" noWrap sx={{ fontWeight: 700, flexShrink: 0 }}>
          {t('app.name')}
        </Typography>
        {incident === null ? (
          <Box sx={{ flexGrow: 1 }} />
        ) : (
          <Box
            component="section"
            aria-label={incident.title}
            sx={{
              display: 'flex',
              gap: 1.5,
              alignItems: 'center',
              flex: '1 1 0',
              minWidth: 0,
              flexWrap: 'nowrap',
              overflow: 'hidden',
              '& > *': { flexShrink: 0 },
              '& > h1': { flexShrink: 1, minWidth: 60 },
              // On a 1366-wide laptop the severity and status selects say it already: the title gets the room.
              '@media (max-width: 1380px)': { '& > .incident-chip': { display: 'none' } },
              // The desk's button took some room: a long commander name gives way too, title first.
              '& > .incident-commander': { flexShrink: 1, minWidth: 80 },
            }}
          >
            <Typography component="h1" variant="h6" noWrap sx={{ maxWidth: 360 }} title={incident.title}>
              {incident.title}
            </Typography>
            <Chip
              className="incident-chip"
              label={incident.severity}
              color={severityColour[incident.severity]}
              size="small"
            />
            {incident.isDrill ? <Chip label={t('app.drill')} size="small" variant="outlined" /> : null}
            <DrillCountdown incident={incident} />
            <Chip
              className="incident-chip"
              label={t(`status.${incident.status}`)}
              size="small"
              variant="outlined"
              data-testid="status-chip"
            />
            <ElapsedClock incident={incident} />
            <Typography
              component="span"
              noWrap
              className="incident-commander"
              aria-label={t('incident.commander')}
              title={incident.commanderName}
            >
              {t('incident.ic')}: {incident.commanderName}
            </Typography>
            <IncidentControls incident={incident} />
          </Box>
        )}
        <DeskButton />
        <Button
          variant="contained"
          color="error"
          startIcon={<AddAlert />}
          onClick={onDeclare}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {t('incident.declare')}
        </Button>
        <StartDrillButton />
        <Select
          size="small"
          value={i18n.language}
          onChange={(e) => void switchLanguage(languages.find((l) => l === e.target.value) ?? 'en')}
          inputProps={{ 'aria-label': t('app.language') }}
        >
          {languages.map((l) => (
            <MenuItem key={l} value={l}>
              {l === 'en' ? 'English' : '日本語'}
            </MenuItem>
          ))}
        </Select>
        <AnalyticsButton />
        <Tooltip title={t('settings.open')}>
          <IconButton onClick={onOpenSettings} aria-label={t('settings.open')}>
            <Settings />
          </IconButton>
        </Tooltip>
        <Tooltip title={t('app.toggleTheme')}>
          <IconButton onClick={onToggleTheme} aria-label={t('app.toggleTheme')}>
            <Brightness4 />
          </IconButton>
        </Tooltip>
      </Toolbar>
    </AppBar>
  );
}
