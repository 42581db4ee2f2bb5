import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/clock';
import { formatDuration, useDeskLocale } from '../../app/format';
import { useStarredEntries } from '../../db/hooks/useLog';
import { useFatigueThresholds } from '../../db/hooks/useSettings';
import { useOpenTasksByPerson, useTasks } from '../../db/hooks/useTasks';
import type { Incident } from '../../domain/incident/types';
import { isOpen, type Task } from '../../domain/tasks/types';
import { Countdown } from '../broadcasts/Countdown';
import { useBroadcastState } from '../broadcasts/useBroadcastState';
import { describeEvent } from '../log/describeEvent';
import { formatClockTime } from '../roster/format';
import { useRoster } from '../roster/useRoster';

/** As many lines as a big screen shows at this size; the rest is counted, not scrolled. */
const shown = { roster: 10, tasks: 9, starred: 5 };

/** Black and white with one accent per state: read from across a room, and by a colour-blind reader too. */
const fatigueColour = { fresh: '#7CFC9A', ok: '#FFFFFF', tired: '#FFD23F', exhausted: '#FF6B6B' } as const;
const severityColour: Record<string, string> = { 'SEV-1': '#FF6B6B', 'SEV-2': '#FFD23F' };

function Column({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={title} sx={{ minWidth: 0, flex: 1 }}>
      <Typography component="h2" sx={{ fontSize: '2rem', fontWeight: 700, mb: 1.5, color: '#BBBBBB' }}>
        {title}
      </Typography>
      <Stack component="ul" spacing={1.25} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {children}
      </Stack>
    </Box>
  );
}

function Line({ children, colour = '#FFFFFF' }: { children: ReactNode; colour?: string }) {
  return (
    <Typography
      component="li"
      sx={{ fontSize: '1.6rem', lineHeight: 1.3, color: colour, overflowWrap: 'anywhere' }}
    >
      {children}
    </Typography>
  );
}

function More({ count }: { count: number }) {
  const { t } = useTranslation();
  return count > 0 ? <Line colour="#BBBBBB">{t('wall.more', { count })}</Line> : null;
}

function Roster({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const openTasks = useOpenTasksByPerson(incident.id);
  const live = useRoster(incident.id, openTasks, useFatigueThresholds());
  const onDuty = live?.roster.onDuty ?? [];
  return (
    <Column title={t('wall.roster')}>
      {onDuty.length === 0 ? <Line colour="#BBBBBB">{t('wall.nobodyOnDuty')}</Line> : null}
      {onDuty.slice(0, shown.roster).map((entry) => (
        <Line key={entry.checkIn.id} colour={fatigueColour[entry.fatigue.level]}>
          <strong>{entry.person.name}</strong>
          {' · '}
          {entry.roles.map((r) => t(`terms.roles.${r.role}`)).join(', ') || t('terms.roles.responder')}
          {' · '}
          {t(`terms.fatigue.${entry.fatigue.level}`)}
          {' · '}
          {entry.restingSince !== null
            ? t('wall.resting')
            : t('wall.onDuty', { duration: formatDuration(t, entry.fatigue.dutyMinutes) })}
        </Line>
      ))}
      <More count={onDuty.length - shown.roster} />
    </Column>
  );
}

function taskLine(
  t: ReturnType<typeof useTranslation>['t'],
  task: Task,
  now: number,
  locale: string,
): string {
  const owner = task.ownerName ?? t('wall.unowned');
  if (task.checkBackAt === null) return `${task.title} · ${owner}`;
  const time = formatClockTime(task.checkBackAt, now, locale);
  const when = task.checkBackAt < now ? t('wall.checkBackOverdue', { time }) : t('wall.checkBack', { time });
  return `${task.title} · ${owner} · ${when}`;
}

function Tasks({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const now = useNow();
  const locale = useDeskLocale();
  const open = (useTasks(incident.id) ?? [])
    .filter(isOpen)
    .sort((a, b) => (a.checkBackAt ?? Infinity) - (b.checkBackAt ?? Infinity));
  return (
    <Column title={t('wall.tasks')}>
      {open.length === 0 ? <Line colour="#BBBBBB">{t('wall.noTasks')}</Line> : null}
      {open.slice(0, shown.tasks).map((task) => {
        const late = task.ownerId === null || (task.checkBackAt !== null && task.checkBackAt < now);
        return (
          <Line key={task.id} colour={late ? '#FFD23F' : '#FFFFFF'}>
            {taskLine(t, task, now, locale)}
          </Line>
        );
      })}
      <More count={open.length - shown.tasks} />
    </Column>
  );
}

function Starred({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const now = useNow();
  const locale = useDeskLocale();
  const entries = useStarredEntries(incident.id, shown.starred) ?? [];
  return (
    <Column title={t('wall.starred')}>
      {entries.length === 0 ? <Line colour="#BBBBBB">{t('wall.noStarred')}</Line> : null}
      {entries.map((event) => (
        <Line key={event.id}>
          <Box component="span" sx={{ color: '#BBBBBB', fontVariantNumeric: 'tabular-nums' }}>
            {formatClockTime(event.ts, now, locale)}
          </Box>{' '}
          {describeEvent(t, event)}
        </Line>
      ))}
    </Column>
  );
}

function Header({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const now = useNow();
  const broadcasts = useBroadcastState(incident);
  const elapsed = formatDuration(t, Math.max(0, Math.floor((now - incident.declaredAt) / 60_000)));
  return (
    <Stack spacing={1}>
      {incident.isDrill ? (
        <Typography sx={{ fontSize: '1.8rem', fontWeight: 800, color: '#000', bgcolor: '#FFD23F', px: 2 }}>
          {t('wall.drill')}
        </Typography>
      ) : null}
      <Typography component="h1" sx={{ fontSize: '3.6rem', fontWeight: 800, lineHeight: 1.1 }}>
        {incident.title}
      </Typography>
      <Stack
        direction="row"
        spacing={4}
        sx={{ fontSize: '2.2rem', alignItems: 'baseline', flexWrap: 'wrap' }}
      >
        <Box component="span" sx={{ fontWeight: 800, color: severityColour[incident.severity] ?? '#FFFFFF' }}>
          {incident.severity}
        </Box>
        <span>{t(`status.${incident.status}`)}</span>
        <span>{t('wall.elapsed', { duration: elapsed })}</span>
        <span>{t('wall.ic', { name: incident.commanderName })}</span>
      </Stack>
      {broadcasts === undefined ? null : (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline' }}>
          <Typography sx={{ fontSize: '1.6rem', color: '#BBBBBB' }}>{t('wall.nextUpdate')}</Typography>
          <Box sx={{ '& .MuiTypography-root': { fontSize: '2.2rem', fontWeight: 700 } }}>
            <Countdown state={broadcasts} resolved={incident.status === 'resolved'} />
          </Box>
        </Stack>
      )}
    </Stack>
  );
}

/**
 * The room's big screen: the incident at a glance, read-only, large type on black, no controls. Escape
 * leaves it; F asks the browser for the whole screen (it allows that only from a key or a click).
 */
export function WallDisplay({ incident, onClose }: { incident: Incident | null; onClose: () => void }) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.focus();
  }, []);
  return (
    <Box
      ref={root}
      role="region"
      aria-label={t('wall.title')}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          if (document.fullscreenElement !== null) void document.exitFullscreen().catch(() => undefined);
          onClose();
        } else if (event.key === 'f' || event.key === 'F') {
          event.preventDefault();
          void root.current?.requestFullscreen().catch(() => undefined);
        }
      }}
      sx={{
        position: 'fixed',
        inset: 0,
        zIndex: (theme) => theme.zIndex.modal + 10,
        bgcolor: '#000000',
        color: '#FFFFFF',
        p: 4,
        display: 'flex',
        flexDirection: 'column',
        gap: 4,
        overflow: 'hidden',
        outline: 'none',
      }}
    >
      {incident === null ? (
        <Typography sx={{ fontSize: '3rem' }}>{t('wall.noIncident')}</Typography>
      ) : (
        <>
          <Header incident={incident} />
          <Stack direction="row" spacing={5} sx={{ flex: 1, minHeight: 0 }}>
            <Roster incident={incident} />
            <Tasks incident={incident} />
            <Starred incident={incident} />
          </Stack>
        </>
      )}
      <Typography sx={{ fontSize: '1rem', color: '#888888' }}>{t('wall.leave')}</Typography>
    </Box>
  );
}
