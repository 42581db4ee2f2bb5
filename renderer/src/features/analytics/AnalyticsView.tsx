import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/clock';
import { useCrossIncidentStore } from '../../db/hooks/useAnalytics';
import {
  analyticsWindowDays,
  crossIncidentFigures,
  crossIncidentInputOf,
  responderHoursTableRows,
  severityTableRows,
  windowStartOf,
  type AnalyticsWindowDays,
} from '../../domain/analytics';
import { ChartCard } from './ChartCard';
import { DrillPractice } from './DrillPractice';
import { IncidentsPerResponderChart, ResponderHoursChart, SeverityChart } from './CrossIncidentCharts';
import { FigureTable } from './FigureTable';

const widestWindow = analyticsWindowDays[analyticsWindowDays.length - 1] ?? 90;

/**
 * Who has been carrying the load across incidents, and how fast the team responds. The figures are as of
 * when the view was opened: they cover weeks, so a ticking clock would only cost work.
 */
export function AnalyticsView() {
  const { t } = useTranslation();
  const openedAt = useNow();
  const [now] = useState(openedAt);
  const [windowDays, setWindowDays] = useState<AnalyticsWindowDays>(30);
  const [includeDrills, setIncludeDrills] = useState(false);
  // One read for the widest window; the narrower ones are the same facts, filtered by the domain.
  const store = useCrossIncidentStore(windowStartOf(now, widestWindow));
  const figures = useMemo(
    () =>
      store === undefined
        ? undefined
        : crossIncidentFigures(crossIncidentInputOf(store, { now, windowDays, includeDrills })),
    [store, now, windowDays, includeDrills],
  );

  const responders = figures === undefined ? [] : responderHoursTableRows(figures.responders);
  const severities = figures === undefined ? [] : severityTableRows(figures.bySeverity);
  const hourLabels = {
    working: t('analytics.view.working'),
    late: t('analytics.view.late'),
    sleeping: t('analytics.view.sleeping'),
  };
  const severityLabels = {
    toFirstCheckIn: t('analytics.view.toFirstCheckIn'),
    toResolve: t('analytics.view.toResolve'),
  };

  return (
    <Stack spacing={3} sx={{ maxWidth: 1100, mx: 'auto', width: '100%' }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <ToggleButtonGroup
          exclusive
          size="small"
          value={windowDays}
          aria-label={t('analytics.view.window')}
          onChange={(_, value: AnalyticsWindowDays | null) => value !== null && setWindowDays(value)}
        >
          {analyticsWindowDays.map((days) => (
            <ToggleButton key={days} value={days}>
              {t('analytics.view.days', { count: days })}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <FormControlLabel
          control={<Checkbox checked={includeDrills} onChange={(e) => setIncludeDrills(e.target.checked)} />}
          label={t('analytics.view.includeDrills')}
        />
      </Stack>
      {figures === undefined ? (
        <Typography color="text.secondary">{t('analytics.loading')}</Typography>
      ) : (
        <>
          <ChartCard
            title={t('analytics.view.hours')}
            help={t('analytics.view.hoursHelp')}
            chart={
              responders.length === 0 ? (
                <Typography color="text.secondary">{t('analytics.view.noResponders')}</Typography>
              ) : (
                <ResponderHoursChart rows={responders} labels={hourLabels} />
              )
            }
            table={() => (
              <FigureTable
                label={t('analytics.view.hours')}
                columns={[
                  t('analytics.responder'),
                  hourLabels.working,
                  hourLabels.late,
                  hourLabels.sleeping,
                  t('analytics.view.totalHours'),
                ]}
                rows={responders.map((row) => ({
                  key: row.personId,
                  cells: [row.name, row.workingHours, row.lateHours, row.sleepingHours, row.totalHours],
                }))}
              />
            )}
          />
          <ChartCard
            title={t('analytics.view.incidentsPerResponder')}
            chart={<IncidentsPerResponderChart rows={responders} label={t('analytics.view.incidents')} />}
            table={() => (
              <FigureTable
                label={t('analytics.view.incidentsPerResponder')}
                columns={[t('analytics.responder'), t('analytics.view.incidents')]}
                rows={responders.map((row) => ({ key: row.personId, cells: [row.name, row.incidents] }))}
              />
            )}
          />
          <ChartCard
            title={t('analytics.view.bySeverity')}
            help={t('analytics.view.bySeverityHelp')}
            chart={<SeverityChart rows={severities} labels={severityLabels} />}
            table={() => (
              <FigureTable
                label={t('analytics.view.bySeverity')}
                columns={[
                  t('analytics.view.severity'),
                  t('analytics.view.incidents'),
                  severityLabels.toFirstCheckIn,
                  severityLabels.toResolve,
                ]}
                rows={severities.map((row) => ({
                  key: row.severity,
                  cells: [
                    row.severity,
                    row.incidents,
                    row.medianTimeToFirstCheckInMinutes,
                    row.medianTimeToResolveMinutes,
                  ],
                }))}
              />
            )}
          />
        </>
      )}
      <DrillPractice />
    </Stack>
  );
}
