import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../app/clock';
import { checkBackOf } from '../../domain/tasks/checkBack';
import { isOpen, type Task } from '../../domain/tasks/types';

/** Unowned and overdue counts beside the board's title: what needs the IC, at a glance. */
export function BoardSummary({ tasks }: { tasks: readonly Task[] }) {
  const { t } = useTranslation();
  const now = useNow();
  let unassigned = 0;
  let overdue = 0;
  for (const task of tasks) {
    if (task.ownerId === null && isOpen(task)) unassigned += 1;
    if (checkBackOf(task, now).kind === 'overdue') overdue += 1;
  }
  return (
    <Stack direction="row" sx={{ gap: 1 }} aria-live="polite">
      {unassigned === 0 ? null : (
        <Chip size="small" color="warning" label={t('tasks.summaryUnassigned', { count: unassigned })} />
      )}
      {overdue === 0 ? null : (
        <Chip size="small" color="error" label={t('tasks.summaryOverdue', { count: overdue })} />
      )}
    </Stack>
  );
}
