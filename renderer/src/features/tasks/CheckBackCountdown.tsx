import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/clock';
import { checkBackOf, formatCountdown } from '../../domain/tasks/checkBack';
import type { Task } from '../../domain/tasks/types';

const dateOnly: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };

/**
 * The countdown to the check-back, red once it has passed. It alone reads the clock, so the board's
 * cards do not re-render every second; a plain span, since two hundred of them tick together.
 */
export function CheckBackCountdown({ task }: { task: Task }) {
  const { t, i18n } = useTranslation();
  const { palette, typography } = useTheme();
  const now = useNow();
  const base = { fontSize: typography.caption.fontSize, fontVariantNumeric: 'tabular-nums' } as const;
  if (task.category === 'follow-up' && task.dueAt !== null) {
    return (
      <span style={{ ...base, color: palette.text.secondary }}>
        {t('tasks.dueOn', { date: new Intl.DateTimeFormat(i18n.language, dateOnly).format(task.dueAt) })}
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
        ? t('tasks.overdueBy', { time: formatCountdown(state.overdueMs) })
        : t('tasks.checkBackIn', { time: formatCountdown(state.remainingMs) })}
    </span>
  );
}
