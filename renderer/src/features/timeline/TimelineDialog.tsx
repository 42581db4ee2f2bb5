import Close from '@mui/icons-material/Close';
import Download from '@mui/icons-material/Download';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/clock';
import { deskLocale } from '../../app/format';
import { useTimelinePage } from '../../db/hooks/useTimeline';
import type { Incident } from '../../domain/incident/types';
import type { IncidentEvent } from '../../domain/log/events';
import { incidentSpan, timelineClock, wholeTimeline, type TimelineFilter } from '../../domain/timeline';
import { describeEvent } from '../log/describeEvent';
import { exportTimeline, type ExportFormat } from './exportTimeline';
import { TimelineFilters } from './TimelineFilters';
import { TimelineList } from './TimelineList';
import { useExportNotice } from './useExportNotice';
import { ZonePicker } from './ZonePicker';

// A screen shows about twenty lines; a hundred keeps scrolling smooth without reading the whole log.
const pageSize = 100;
const minute = 60_000;

type Props = {
  incident: Incident;
  timeZone: string;
  onTimeZone: (zone: string) => void;
  onClose: () => void;
};

/** The incident in event-time order, full screen over the cockpit: filters, the zone it is read in, exports. */
export function TimelineDialog({ incident, timeZone, onTimeZone, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<TimelineFilter>(wholeTimeline);
  const [limit, setLimit] = useState(pageSize);
  const describe = useCallback((event: IncidentEvent) => describeEvent(t, event), [t]);
  const page = useTimelinePage(incident.id, filter, limit, describe);
  const view = page?.view;
  // To the minute: the clock (whether lines carry dates) follows a running incident without a render a second.
  const now = useNow();
  const until = incident.resolvedAt ?? Math.floor(now / minute) * minute;
  const locale = deskLocale(i18n.language);
  const { declaredAt } = incident;
  // Built from the span's ends, not the incident row, which is new after every event.
  const clock = useMemo(
    () => timelineClock(timeZone, locale, incidentSpan({ declaredAt, resolvedAt: until }, [], until)),
    [timeZone, locale, declaredAt, until],
  );
  const suggested = useMemo(() => [...new Set(view?.responders.map((p) => p.timeZone))], [view]);
  const showSaved = useCallback((where: string | null) => t('timeline.exported', { path: where }), [t]);
  const notice = useExportNotice(showSaved);

  const changeFilter = useCallback((next: TimelineFilter) => {
    setFilter(next);
    setLimit(pageSize);
  }, []);
  const needMore = useCallback(() => setLimit((l) => l + pageSize), []);
  const save = (format: ExportFormat) => {
    const personName = view?.responders.find((p) => p.id === filter.personId)?.name ?? null;
    notice(
      exportTimeline(t, i18n.language, { incident, filter, personName, timeZone, format, now: Date.now() }),
    );
  };

  return (
    <Dialog fullScreen open onClose={onClose} aria-labelledby="timeline-title">
      <AppBar position="static" color="default" elevation={1}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography id="timeline-title" variant="h6" component="h2" sx={{ flexGrow: 1 }}>
            <bdi>{t('timeline.heading', { title: incident.title })}</bdi>
          </Typography>
          <IconButton edge="end" aria-label={t('timeline.close')} onClick={onClose}>
            <Close />
          </IconButton>
        </Toolbar>
      </AppBar>
      <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5, flex: 1, minHeight: 0 }}>
        <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <TimelineFilters filter={filter} onChange={changeFilter} responders={view?.responders ?? []} />
          <ZonePicker value={timeZone} onChange={onTimeZone} suggested={suggested} />
          <Button startIcon={<Download />} onClick={() => save('markdown')}>
            {t('timeline.exportMarkdown')}
          </Button>
          <Button startIcon={<Download />} onClick={() => save('csv')}>
            {t('timeline.exportCsv')}
          </Button>
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {t('timeline.zoneNote', { zone: timeZone })}
        </Typography>
        {page === undefined ? null : (
          <TimelineList lines={page.lines} hasMore={page.hasMore} clock={clock} onNeedMore={needMore} />
        )}
      </Box>
    </Dialog>
  );
}
