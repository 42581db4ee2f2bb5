import Timer from '@mui/icons-material/Timer';
import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import { useDrill } from '../../db/hooks/useDrill';
import type { Incident } from '../../domain/incident/types';
import { drillTime } from './format';

/**
 * The drill's time left, for everyone in the room: mm:ss, paused, or "time is up" (then the drill has
 * ended: nothing more comes). Nothing for a drill declared by hand, which has no time limit.
 */
export function DrillCountdown({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const state = useDrill(incident.id)?.state ?? null;
  if (state === null) return null;
  const left = drillTime(state.remainingMs);
  const label = state.timeUp
    ? t('drills.run.timeUp')
    : state.ended
      ? t('drills.run.ended')
      : state.clock.paused
        ? t('drills.run.paused', { left })
        : t('drills.run.left', { left });
  return (
    <Chip
      icon={<Timer />}
      label={label}
      size="small"
      color={state.ended ? 'default' : state.remainingMs <= 5 * 60_000 ? 'warning' : 'info'}
      variant={state.clock.paused ? 'outlined' : 'filled'}
      role="timer"
      aria-label={`${t('drills.run.countdownLabel')}: ${label}`}
      sx={{ fontVariantNumeric: 'tabular-nums' }}
    />
  );
}
