import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import Typography from '@mui/material/Typography';
import { ThemeProvider } from '@mui/material/styles';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIncidents } from '../db/hooks/useIncidents';
import { BackupHost } from '../features/backup/BackupHost';
import { DrillsHost } from '../features/drills/DrillsHost';
import { DrillBand } from '../features/drills/DrillBand';
import { IncidentBar } from '../features/incident/IncidentBar';
import { IncidentList } from '../features/incident/IncidentList';
import { CockpitPaletteActions } from '../features/palette/CockpitPaletteActions';
import { PaletteHost } from '../features/palette/PaletteHost';
import { TimelineHost } from '../features/timeline/TimelineHost';
import { snapshotBeforeImport } from '../features/backup/snapshots/snapshotBeforeImport';
import { SnapshotsHost } from '../features/backup/snapshots/SnapshotsHost';
import { RoomLine, Wall } from '../features/room/RoomHost';
import { ClockProvider } from './clock';
import { Cockpit, DeclareIncidentDialog, FatigueSettingsDialog } from './parts';
import { NoticeProvider } from './errors';
import { StorageBanner } from './StorageBanner';
import { cockpitTheme } from './theme';
import { useSelectedIncident } from './useSelectedIncident';
import { useThemeMode } from './useThemeMode';

// Narrower on a 1366-wide laptop so the task board keeps all five columns.
const asideWidth = { xs: 184, xl: 240 };

/** The cockpit: the active incident on top, the incident list aside, the panels in the middle. */
export function App() {
  const { t } = useTranslation();
  const [mode, toggleMode] = useThemeMode();
  const theme = useMemo(() => cockpitTheme(mode), [mode]);
  const incidents = useIncidents();
  const [selectedId, select] = useSelectedIncident(incidents);
  const [declaring, setDeclaring] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const incident = incidents?.find((i) => i.id === selectedId) ?? null;

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ClockProvider>
        <NoticeProvider>
          <PaletteHost />
          <CockpitPaletteActions incident={incident} onDeclare={() => setDeclaring(true)} />
          <TimelineHost incident={incident} />
          <SnapshotsHost />
          <Wall incident={incident} />
          <DrillsHost incident={incident} onStarted={select} />
          <BackupHost incident={incident} onOpenIncident={select} beforeImport={snapshotBeforeImport} />
          <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh', overflow: 'hidden' }}>
            <DrillBand incident={incident} />
            <IncidentBar
              incident={incident}
              onDeclare={() => setDeclaring(true)}
              onToggleTheme={toggleMode}
              onOpenSettings={() => setSettingsOpen(true)}
            />
            <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
              <Box
                component="aside"
                sx={{
                  width: asideWidth,
                  flexShrink: 0,
                  overflow: 'auto',
                  borderRight: 1,
                  borderColor: 'divider',
                }}
              >
                <IncidentList incidents={incidents ?? []} selectedId={selectedId} onSelect={select} />
                <RoomLine />
              </Box>
              <Box
                component="main"
                sx={{
                  flexGrow: 1,
                  display: 'flex',
                  flexDirection: 'column',
                  minWidth: 0,
                  minHeight: 0,
                  // Tighter on a 768-high laptop: every pixel goes to the panels.
                  p: { xs: 1, xl: 1.5 },
                  gap: { xs: 1, xl: 1.5 },
                }}
              >
                <StorageBanner />
                {incident === null ? (
                  <Typography color="text.secondary">
                    {incidents === undefined ? '' : t('app.noIncidentSelected')}
                  </Typography>
                ) : (
                  <Cockpit key={incident.id} incident={incident} />
                )}
              </Box>
            </Box>
          </Box>
          <FatigueSettingsDialog open={settingsOpen} onClose={() => setSettingsOpen(false)} />
          <DeclareIncidentDialog
            open={declaring}
            onClose={() => setDeclaring(false)}
            onDeclared={(id) => {
              select(id);
              setDeclaring(false);
            }}
          />
        </NoticeProvider>
      </ClockProvider>
    </ThemeProvider>
  );
}
