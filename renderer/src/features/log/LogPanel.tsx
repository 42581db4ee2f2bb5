import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/clock';
import { useNotices } from '../../app/errors';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { useLogCount, useLogPage } from '../../db/hooks/useLog';
import { setStarred } from '../../db/repositories/log';
import { spansDays } from '../../domain/incident/elapsed';
import type { Incident } from '../../domain/incident/types';
import type { IncidentEvent } from '../../domain/log/events';
import { everything, type LogQuery } from '../../domain/log/query';
import { LogEntryForm } from './LogEntryForm';
import { LogFilters } from './LogFilters';
import { LogList } from './LogList';
import { mergePending, usePendingLines } from './pendingLines';

// A screen shows about twenty lines; fifty keeps each re-query after a write short.
const pageSize = 50;

/**
 * The incident log: add typed entries, filter, search and star; the raw material of the postmortem.
 * `showZone` names the zone on each time, when people on the incident read other clocks than this desk.
 */
export function LogPanel({ incident, showZone = false }: { incident: Incident; showZone?: boolean }) {
  const { t } = useTranslation();
  const now = useNow();
  const { reportError } = useNotices();
  const [operator] = useOperator();
  const [query, setQuery] = useState<LogQuery>(everything);
  const [limit, setLimit] = useState(pageSize);
  // useLiveQuery keeps the previous page while a wider one loads, so the list never flashes empty.
  const current = useLogPage(incident.id, query, limit);
  const count = useLogCount(incident.id);
  const pending = usePendingLines();
  const { prune } = pending;
  useEffect(() => {
    if (current !== undefined) prune(current.entries, current.hasMore);
  }, [current, prune]);
  const shown = useMemo(
    () => (current === undefined ? undefined : mergePending(current.entries, pending.lines, query)),
    [current, pending.lines, query],
  );

  const changeQuery = useCallback((next: LogQuery) => {
    setQuery(next);
    setLimit(pageSize);
  }, []);
  const needMore = useCallback(() => setLimit((l) => l + pageSize), []);
  const toggleStar = useCallback(
    (entry: IncidentEvent, starred: boolean) =>
      void setStarred(db, entry.id, starred, { now: Date.now(), actor: actorName(operator) }).catch(
        reportError,
      ),
    [operator, reportError],
  );

  return (
    <Paper
      component="section"
      aria-labelledby="log-heading"
      sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5, minHeight: 0, height: '100%' }}
    >
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 2 }}>
        <Typography id="log-heading" variant="h6" component="h2">
          {t('log.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="log-count">
          {count === undefined ? '' : t('log.entries', { count })}
        </Typography>
      </Stack>
      <LogEntryForm
        incidentId={incident.id}
        commanderName={incident.commanderName}
        declaredAt={incident.declaredAt}
        onPending={pending.add}
        onSettled={pending.settle}
      />
      <LogFilters query={query} onChange={changeQuery} />
      {current === undefined || shown === undefined ? null : (
        <LogList
          entries={shown.entries}
          pending={shown.states}
          onDismiss={pending.dismiss}
          hasMore={current.hasMore}
          starred={current.starred}
          showDate={spansDays(incident.declaredAt, incident.resolvedAt ?? now)}
          showZone={showZone}
          onNeedMore={needMore}
          onToggleStar={toggleStar}
        />
      )}
    </Paper>
  );
}
