import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatClockOnDay } from '../../domain/broadcasts/time';
import { localTimeZone } from './messageLabels';
import type { BroadcastState } from './useBroadcastState';

const colourOf = {
  'not-due': 'text.secondary',
  'due-soon': 'warning.main',
  due: 'error.main',
  overdue: 'error.main',
} as const;

/** "Next update by 14:30 · in 12 min": the promise made to stakeholders, and how long is left to keep it. */
export function Countdown({ state, resolved }: { state: BroadcastState; resolved: boolean }) {
  const { t } = useTranslation();
  const { due } = state;
  let text: string;
  if (resolved) text = t('broadcasts.resolved');
  else if (due.dueAt === null || due.minutesLeft === null) text = t('broadcasts.statusChangeOnly');
  else {
    const when = t('broadcasts.nextUpdateBy', {
      time: formatClockOnDay(due.dueAt, state.now, localTimeZone()),
    });
    const left =
      due.minutesLeft > 0
        ? t('broadcasts.inMinutes', { count: due.minutesLeft })
        : due.state === 'overdue'
          ? t('broadcasts.overdueBy', { count: -due.minutesLeft })
          : t('broadcasts.dueNow');
    text = due.waiting ? `${when} · ${left} · ${t('broadcasts.waitingForSlack')}` : `${when} · ${left}`;
  }
  return (
    <Typography
      role="timer"
      aria-label={t('broadcasts.countdown')}
      variant="body2"
      sx={{ color: colourOf[due.state], fontVariantNumeric: 'tabular-nums' }}
    >
      {text}
    </Typography>
  );
}
