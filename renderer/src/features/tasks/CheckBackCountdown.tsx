import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/clock';
import { formatCountdown, useDeskLocale } from '../../app/format';
import { checkBackOf } from '../../domain/tasks/checkBack';
import type { Task } from '../../domain/tasks/types';
import { formatDate } from '../../domain/time/format';

/**
 * The countdown to the check-back, red once it has passed. It alone reads the clock, so the board's
 * cards do not re-render every second; a plain span, since two hundred of them tick together.
 */
export function CheckBackCountdown({ task }: { task: Task }) {
  const { t } = useTranslation();
  const locale = useDeskLocale();
  const { palette, typography } = useTheme();
  const now = useNow();
  const base = { fontSize: typography.caption.fontSize, fontVariantNumeric: 'tabular-nums' } as const;
  if (task.category === 'follow-up' && task.dueAt !== null) {
    return (
      <span style={{ ...base, color: palette.text.secondary }}>
        {t('tasks.dueOn', { date: formatDate(task.dueAt, locale) })}
      </span>
    );
  }
  const state = checkBackOf(task, now);
  if (state.kind === 'none') return null;
  const overdue = state.kind === 'overdue';
  return (
    <span
      data-testid="check-back"
      style={{
        ...base,
        color: overdue ? palette.error.main : palette.text.secondary,
        fontWeight: overdue ? 700 : 400,
      }}
    >
      {overdue
        ? t('tasks.overdueBy', { time: formatCountdown(t, state.overdueMs) })
        : t('tasks.checkBackIn', { time: formatCountdown(t, state.remainingMs) })}
    </span>
  );
}
