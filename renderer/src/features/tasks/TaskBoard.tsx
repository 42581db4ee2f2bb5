import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boardColumns, type BoardColumn } from '../../domain/tasks/board';
import type { Task, TaskStatus } from '../../domain/tasks/types';
import { cardId, type TaskCommand } from './commands';
import type { PendingCard } from './pendingAssignments';
import { TaskCard, type CardMove } from './TaskCard';

/** Cards drawn per column before "show more": 2,000 tasks must not mean 2,000 cards in the DOM. */
export const columnPage = 40;

type Props = {
  tasks: readonly Task[];
  /** Cards whose assignment is still saving, or failed. */
  pending: ReadonlyMap<string, PendingCard>;
  /** The card the IC last focused: the one Tab returns to. */
  selectedId: string | null;
  onCommand: (task: Task, command: TaskCommand) => void;
  onFocusTask: (task: Task) => void;
  onDismiss: (taskId: string) => void;
};

/** Moves keyboard focus to a task's card, if it is drawn. */
export function focusCard(taskId: string | undefined): void {
  if (taskId !== undefined) document.getElementById(cardId(taskId))?.focus();
}

/** The board: one column per status, most urgent first; arrow keys move between cards. */
export const TaskBoard = memo(function TaskBoard({
  tasks,
  pending,
  selectedId,
  onCommand,
  onFocusTask,
  onDismiss,
}: Props) {
  const { t } = useTranslation();
  const columns = useMemo(() => boardColumns(tasks), [tasks]);
  const [limits, setLimits] = useState<Partial<Record<TaskStatus, number>>>({});
  const shown = useMemo(
    () =>
      columns.map((c): BoardColumn => ({ ...c, tasks: c.tasks.slice(0, limits[c.status] ?? columnPage) })),
    [columns, limits],
  );
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  });
  const tabbableId =
    selectedId !== null && shown.some((c) => c.tasks.some((task) => task.id === selectedId))
      ? selectedId
      : shown.find((c) => c.tasks.length > 0)?.tasks[0]?.id;

  const move = useCallback((task: Task, where: CardMove) => {
    const board = shownRef.current;
    const col = board.findIndex((c) => c.status === task.status);
    const column = board[col]?.tasks ?? [];
    const row = column.findIndex((x) => x.id === task.id);
    if (where === 'up') focusCard(column[Math.max(0, row - 1)]?.id);
    else if (where === 'down') focusCard(column[Math.min(column.length - 1, row + 1)]?.id);
    else if (where === 'first') focusCard(column[0]?.id);
    else if (where === 'last') focusCard(column.at(-1)?.id);
    else {
      const step = where === 'left' ? -1 : 1;
      // The nearest column on that side that has cards, at the same height or its last card.
      for (let c = col + step; c >= 0 && c < board.length; c += step) {
        const next = board[c]?.tasks ?? [];
        if (next.length === 0) continue;
        focusCard(next[Math.min(row, next.length - 1)]?.id);
        return;
      }
    }
  }, []);

  return (
    <Box
      role="group"
      aria-label={t('tasks.board')}
      sx={{
        display: 'grid',
        // 120 px keeps all five columns, Dropped and Done too, on a 1366-wide screen; cards wrap their text.
        gridTemplateColumns: 'repeat(5, minmax(120px, 1fr))',
        gap: 1,
        minHeight: 0,
        flex: 1,
        overflowX: 'auto',
      }}
    >
      {columns.map((column, index) => {
        const visible = shown[index]?.tasks ?? [];
        const hidden = column.tasks.length - visible.length;
        const name = t(`tasks.statuses.${column.status}`);
        return (
          <Box
            key={column.status}
            sx={{
              display: 'flex',
              flexDirection: 'column',
              minHeight: 0,
              bgcolor: 'action.hover',
              borderRadius: 1,
              p: 1,
            }}
          >
            <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
              {t('tasks.column', { status: name, count: column.tasks.length })}
            </Typography>
            <Box
              role="list"
              aria-label={name}
              data-status={column.status}
              sx={{ overflowY: 'auto', minHeight: 0, flex: 1 }}
            >
              {visible.map((task) => (
                <TaskCard
                  key={task.id}
                  task={task}
                  pending={pending.get(task.id)}
                  tabbable={task.id === tabbableId}
                  onCommand={onCommand}
                  onMove={move}
                  onFocusTask={onFocusTask}
                  onDismiss={onDismiss}
                />
              ))}
            </Box>
            {hidden <= 0 ? null : (
              <Button
                size="small"
                onClick={() =>
                  setLimits((l) => ({ ...l, [column.status]: (l[column.status] ?? columnPage) + columnPage }))
                }
              >
                {t('tasks.showMore', { count: Math.min(hidden, columnPage) })}
              </Button>
            )}
          </Box>
        );
      })}
    </Box>
  );
});
