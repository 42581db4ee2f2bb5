import MoreVert from '@mui/icons-material/MoreVert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FatigueLevel } from '../../domain/fatigue/types';
import type { RosterEntry } from '../../domain/roster/roster';
import { describeFatigue, formatClockTime, formatDuration } from './format';
import { responderLocalTime } from './localClock';

export type RosterAction =
  'rest' | 'back' | 'add-role' | 'remove-role' | 'hand-over' | 'check-out' | 'edit-details';

const levelColour: Record<FatigueLevel, 'success' | 'default' | 'warning' | 'error'> = {
  fresh: 'success',
  ok: 'default',
  tired: 'warning',
  exhausted: 'error',
};

type Props = {
  entry: RosterEntry;
  now: number;
  onAction: (entry: RosterEntry, action: RosterAction, tenureId?: string) => void;
};

/** One responder at a glance: roles, where, how long, how tired (reason on hover or focus), tasks, resting. */
export const RosterCard = memo(
  function RosterCard({ entry, now, onAction }: Props) {
    const { t, i18n } = useTranslation();
    const [menu, setMenu] = useState<HTMLElement | null>(null);
    const { person, checkIn, fatigue } = entry;
    const resting = entry.restingSince !== null;
    const fatigueText = describeFatigue(t, fatigue, now, i18n.language);
    const localTime = responderLocalTime(person.timeZone, now, i18n.language);
    const act = (action: RosterAction, tenureId?: string) => {
      setMenu(null);
      onAction(entry, action, tenureId);
    };
    return (
      <Box
        role="listitem"
        aria-label={person.name}
        sx={{ p: 1, borderBottom: 1, borderColor: 'divider', opacity: resting ? 0.75 : 1 }}
      >
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <Typography sx={{ fontWeight: 600, flexGrow: 1 }} noWrap>
            <bdi>{person.name}</bdi>
          </Typography>
          <Tooltip title={fatigueText}>
            <Chip
              size="small"
              tabIndex={0}
              color={levelColour[fatigue.level]}
              label={t(`terms.fatigue.${fatigue.level}`)}
              aria-label={fatigueText}
              data-testid="fatigue"
            />
          </Tooltip>
          {resting ? <Chip size="small" variant="outlined" label={t('roster.resting')} /> : null}
          <IconButton
            size="small"
            aria-label={t('roster.actionsFor', { name: person.name })}
            onClick={(e) => setMenu(e.currentTarget)}
          >
            <MoreVert fontSize="small" />
          </IconButton>
        </Stack>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5, my: 0.5 }}>
          {entry.roles.map((r) => (
            <Chip key={r.tenureId} size="small" variant="outlined" label={t(`terms.roles.${r.role}`)} />
          ))}
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {checkIn.locationDetail || t(`terms.locations.${checkIn.location}`)} · {t('roster.onDuty')}{' '}
          <span data-testid="duty">{formatDuration(t, fatigue.dutyMinutes)}</span> ·{' '}
          {t('roster.since', { time: formatClockTime(checkIn.checkedInAt, now, i18n.language) })} ·{' '}
          <span data-testid="open-tasks">{t('roster.openTasks', { count: entry.openTasks })}</span>
          {localTime === null ? null : (
            <> · {t('roster.localTime', { time: localTime, zone: person.timeZone })}</>
          )}
        </Typography>
        {checkIn.assignment === '' ? null : (
          <Typography variant="body2" noWrap title={checkIn.assignment}>
            {checkIn.assignment}
          </Typography>
        )}
        <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
          {resting ? (
            <MenuItem onClick={() => act('back')}>{t('roster.endRest')}</MenuItem>
          ) : (
            <MenuItem onClick={() => act('rest')} disabled={entry.isCommander}>
              {t('roster.startRest')}
            </MenuItem>
          )}
          <MenuItem onClick={() => act('add-role')}>{t('roster.addRole')}</MenuItem>
          {entry.roles
            .filter((r) => r.role !== 'incident-commander')
            .map((r) => (
              <MenuItem key={r.tenureId} onClick={() => act('remove-role', r.tenureId)}>
                {t('roster.removeRole', { role: t(`terms.roles.${r.role}`) })}
              </MenuItem>
            ))}
          {entry.isCommander || resting ? null : (
            <MenuItem onClick={() => act('hand-over')}>{t('roster.handOver')}</MenuItem>
          )}
          <MenuItem
            onClick={() => act('edit-details')}
            aria-label={t('roster.editDetailsOf', { name: person.name })}
          >
            {t('roster.editDetails')}
          </MenuItem>
          <MenuItem onClick={() => act('check-out')}>{t('roster.checkOut')}</MenuItem>
        </Menu>
      </Box>
    );
  },
  // The roster is rebuilt every second with fresh objects; a card only re-renders when what it shows changed.
  (before, after) =>
    before.onAction === after.onAction &&
    cardFacts(before.entry, before.now) === cardFacts(after.entry, after.now),
);

/** Everything a card shows, as one comparable string (durations are shown to the minute). */
function cardFacts(entry: RosterEntry, now: number): string {
  const { fatigue, checkIn, person } = entry;
  const reason = fatigue.reasons[0];
  return JSON.stringify([
    responderLocalTime(person.timeZone, now, 'en'),
    person,
    checkIn.location,
    checkIn.locationDetail,
    checkIn.assignment,
    entry.roles,
    entry.restingSince,
    entry.openTasks,
    fatigue.level,
    fatigue.dutyMinutes,
    fatigue.restDueAt,
    reason,
    new Date(now).toDateString(),
  ]);
}
