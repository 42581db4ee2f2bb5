import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoadLog } from '../../db/hooks/useAnalytics';
import {
  changedTableRows,
  currentLoad,
  foldSeries,
  openTasksOverTime,
  othersId,
  roundTo,
} from '../../domain/analytics';
import type { FatigueLevel } from '../../domain/fatigue/types';
import type { Incident } from '../../domain/incident/types';
import { formatClockTime } from '../roster/format';
import type { LiveRoster } from '../roster/useRoster';
import { ChartCard } from './ChartCard';
import { CurrentLoadChart, type CurrentLoadBar } from './CurrentLoadChart';
import { FigureTable } from './FigureTable';
import { OpenTasksChart } from './OpenTasksChart';

const minute = 60_000;
const fatigueLevels: readonly FatigueLevel[] = ['fresh', 'ok', 'tired', 'exhausted'];

/**
 * The load charts of one incident. Mounted only while the IC has the panel open: it reads the incident's
 * load minutes (a prepared projection, not the log), and redraws at most once a minute or when they change.
 */
export function LoadCharts({ incident, live }: { incident: Incident; live: LiveRoster }) {
  const { t, i18n } = useTranslation();
  const log = useLoadLog(incident.id);
  const lastChange = log?.changes.at(-1)?.ts ?? incident.declaredAt;
  // Up to the latest event even when it is seconds ahead of the minute, so the charts never lag the board.
  const end = incident.resolvedAt ?? Math.max(Math.floor(live.now / minute) * minute, lastChange);
  const series = useMemo(
    () =>
      log === undefined
        ? undefined
        : foldSeries(openTasksOverTime(log.changes, { start: incident.declaredAt, end })),
    [log, incident.declaredAt, end],
  );
  const load = useMemo(
    () => (log === undefined ? undefined : currentLoad(log.changes, { now: end })),
    [log, end],
  );

  const nameOf = useCallback(
    (personId: string): string =>
      personId === othersId ? t('analytics.others') : (log?.names.get(personId) ?? personId),
    [log, t],
  );
  const formatTime = useCallback(
    (ts: number) => formatClockTime(ts, end, i18n.language),
    [end, i18n.language],
  );
  // The roster is rebuilt every second; the bars change only when someone's fatigue level does.
  const fatigueKey = live.roster.onDuty.map((entry) => `${entry.person.id}:${entry.fatigue.level}`).join(',');
  const bars = useMemo(() => {
    const fatigue = new Map(
      fatigueKey
        .split(',')
        .map((pair): [string, string] => [
          pair.slice(0, pair.lastIndexOf(':')),
          pair.slice(pair.lastIndexOf(':') + 1),
        ]),
    );
    return (load ?? [])
      .filter((row) => row.checkedIn || row.openTasks > 0)
      .map((row): CurrentLoadBar => {
        const dutyHours = roundTo(row.dutyMinutes / 60, 1);
        const level = row.checkedIn ? fatigue.get(row.personId) : undefined;
        return {
          personId: row.personId,
          name: nameOf(row.personId),
          openTasks: row.openTasks,
          dutyHours,
          fatigueLevel: fatigueLevels.find((l) => l === level) ?? null,
          label: t('analytics.load.chartLabel', { count: row.openTasks, hours: dutyHours }),
        };
      });
  }, [load, fatigueKey, nameOf, t]);

  if (log === undefined || series === undefined || load === undefined) {
    return <Typography color="text.secondary">{t('analytics.loading')}</Typography>;
  }
  const columns = series.personIds.map(nameOf);

  return (
    <Stack spacing={2} sx={{ mt: 1 }}>
      <ChartCard
        title={t('analytics.load.currentLoad')}
        chart={<CurrentLoadChart rows={bars} openTasksLabel={t('analytics.load.openTasks')} />}
        table={() => (
          <FigureTable
            label={t('analytics.load.currentLoad')}
            columns={[
              t('analytics.responder'),
              t('analytics.load.openTasks'),
              t('analytics.load.hoursOnDuty'),
              t('analytics.load.fatigue'),
            ]}
            rows={bars.map((bar) => ({
              key: bar.personId,
              cells: [
                bar.name,
                bar.openTasks,
                bar.dutyHours,
                bar.fatigueLevel === null
                  ? t('analytics.load.checkedOut')
                  : t(`terms.fatigue.${bar.fatigueLevel}`),
              ],
            }))}
          />
        )}
      />
      <ChartCard
        title={t('analytics.load.overTime')}
        chart={<OpenTasksChart series={series} nameOf={nameOf} formatTime={formatTime} />}
        table={() => (
          <Stack spacing={2}>
            <FigureTable
              label={t('analytics.load.overTime')}
              columns={[t('analytics.time'), ...columns, t('analytics.total')]}
              rows={changedTableRows(series).map((row) => ({
                key: String(row.t),
                cells: [formatTime(row.t), ...row.openTasks, row.total],
              }))}
            />
            <FigureTable
              label={t('analytics.load.presence')}
              columns={[t('analytics.time'), t('analytics.responder'), t('analytics.load.event')]}
              rows={series.markers.map((marker) => ({
                key: `${marker.personId}-${marker.kind}-${marker.t}`,
                cells: [
                  formatTime(marker.t),
                  nameOf(marker.personId),
                  t(`analytics.load.marker.${marker.kind}`),
                ],
              }))}
            />
          </Stack>
        )}
      />
    </Stack>
  );
}
