import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { dialogLoading, lazyPart } from './lazyPart';

/**
 * Until the cockpit's code is in: the space it will fill, busy for screen readers. Its code is fetched
 * at start, alongside the first read of the incident list, so this is seldom seen for more than a frame.
 */
function CockpitLoading() {
  const { t } = useTranslation();
  return <Box aria-busy="true" aria-label={t('app.loading')} sx={{ flex: 1, minHeight: 0 }} />;
}

/** The cockpit's panels, apart from the first paint's bar and incident list. */
export const Cockpit = lazyPart(() => import('../features/cockpit/Cockpit').then((m) => m.Cockpit), {
  fallback: () => <CockpitLoading />,
});

export const DeclareIncidentDialog = lazyPart(
  () => import('../features/incident/DeclareIncidentDialog').then((m) => m.DeclareIncidentDialog),
  { fallback: dialogLoading, hidden: (p) => !p.open },
);

export const FatigueSettingsDialog = lazyPart(
  () => import('../features/settings/FatigueSettingsDialog').then((m) => m.FatigueSettingsDialog),
  { fallback: dialogLoading, hidden: (p) => !p.open },
);
