import Add from '@mui/icons-material/Add';
import MenuBook from '@mui/icons-material/MenuBook';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, useNotices } from '../../app/errors';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { useFreshTasks } from '../../db/hooks/useTasks';
import { acknowledgeTask, assignTask, changeTaskStatus, setCheckBack } from '../../db/repositories/tasks';
import type { Incident } from '../../domain/incident/types';
import { isOpen, type Task } from '../../domain/tasks/types';
import { useCockpitIntent } from '../cockpit/intents';
import type { LiveRoster } from '../roster/useRoster';
import { BoardSummary } from './BoardSummary';
import { commandStatus, type TaskCommand } from './commands';
import { ownerOptions, type OwnerOption } from './owners';
import { usePendingAssignments } from './pendingAssignments';
import type { TaskAction } from './TaskActionDialog';
import { focusCard, TaskBoard } from './TaskBoard';
import { useTaskPaletteActions, type TaskPanelOpeners } from './useTaskPaletteActions';
import { recordContext } from './recordContext';
import { dialogLoading, lazyPart } from '../../app/lazyPart';

const ApplyRunbookDialog = lazyPart(
  () => import('../runbooks/ApplyRunbookDialog').then((m) => m.ApplyRunbookDialog),
  { fallback: dialogLoading },
);
const RunbookLibraryDialog = lazyPart(
  () => import('../runbooks/RunbookLibraryDialog').then((m) => m.RunbookLibraryDialog),
  { fallback: dialogLoading },
);
const TaskActionDialog = lazyPart(() => import('./TaskActionDialog').then((m) => m.TaskActionDialog), {
  fallback: dialogLoading,
});
const TaskFormDialog = lazyPart(() => import('./TaskFormDialog').then((m) => m.TaskFormDialog), {
  fallback: dialogLoading,
});
const TaskHistoryDialog = lazyPart(() => import('./TaskHistoryDialog').then((m) => m.TaskHistoryDialog), {
  fallback: dialogLoading,
});

type PanelDialog =
  | { kind: 'form'; task: Task | null }
  | { kind: 'action'; action: TaskAction; taskId: string | null }
  | { kind: 'history'; task: Task }
  | { kind: 'apply-runbook' }
  | { kind: 'runbooks'; importing: boolean }
  | null;

type Props = { incident: Incident; tasks: readonly Task[] | undefined; live: LiveRoster | undefined };

/** The task board panel: every task with one owner, a category and a check-back, run from the keyboard. */
export function TaskPanel({ incident, tasks, live }: Props) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const [operator] = useOperator();
  const [dialog, setDialog] = useState<PanelDialog>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The card to give focus back to once a dialog has closed or the card has moved column.
  const returnTo = useRef<string | null>(null);
  const owners = useMemo(() => ownerOptions(live), [live]);
  const fresh = useFreshTasks(incident.id, tasks);
  const pending = usePendingAssignments();
  const { tasks: board, cards } = useMemo(() => pending.apply(fresh), [pending, fresh]);
  const all = useMemo(() => board ?? [], [board]);

  // Shown on the card at once; the repository still checks and records it in one transaction.
  const assign = useCallback(
    (task: Task, owner: OwnerOption) => {
      const context = recordContext(operator);
      const settle = pending.add(task, owner, context.now);
      assignTask(db, { taskId: task.id, personId: owner.personId }, context).then(
        () => settle(null),
        (failure: unknown) => settle(describeError(t, failure)),
      );
    },
    [operator, pending, t],
  );

  useEffect(() => {
    const id = returnTo.current;
    const active = document.activeElement;
    if (id === null || dialog !== null || (active !== null && active !== document.body)) return;
    if (document.getElementById(`task-card-${id}`) === null) return;
    focusCard(id);
    returnTo.current = null;
  });

  const selectedOpen = useCallback(() => {
    const task = all.find((x) => x.id === selectedId);
    return task !== undefined && isOpen(task) ? task.id : null;
  }, [all, selectedId]);

  const onCommand = useCallback(
    (task: Task, command: TaskCommand) => {
      const context = recordContext(operator);
      returnTo.current = task.id;
      const status = commandStatus[command];
      if (command === 'assign') setDialog({ kind: 'action', action: { kind: 'assign' }, taskId: task.id });
      else if (command === 'block' || command === 'drop')
        setDialog({
          kind: 'action',
          action: { kind: 'status', status: status ?? 'blocked' },
          taskId: task.id,
        });
      else if (status !== undefined)
        void changeTaskStatus(db, { taskId: task.id, status }, context).catch(reportError);
      else if (command === 'acknowledge') void acknowledgeTask(db, task.id, context).catch(reportError);
      else if (command === 'check-back')
        void setCheckBack(db, { taskId: task.id }, context).catch(reportError);
      else if (command === 'edit') setDialog({ kind: 'form', task });
      else setDialog({ kind: 'history', task });
    },
    [operator, reportError],
  );
  const onFocusTask = useCallback((task: Task) => setSelectedId(task.id), []);

  const openers = useMemo(
    (): TaskPanelOpeners => ({
      newTask: () => setDialog({ kind: 'form', task: null }),
      assign: () => setDialog({ kind: 'action', action: { kind: 'assign' }, taskId: selectedOpen() }),
      changeStatus: (status) =>
        setDialog({ kind: 'action', action: { kind: 'status', status }, taskId: selectedOpen() }),
      acknowledge: () =>
        setDialog({ kind: 'action', action: { kind: 'acknowledge' }, taskId: selectedOpen() }),
      checkBack: () => setDialog({ kind: 'action', action: { kind: 'check-back' }, taskId: selectedOpen() }),
      applyRunbook: () => setDialog({ kind: 'apply-runbook' }),
      manageRunbooks: () => setDialog({ kind: 'runbooks', importing: false }),
      importRunbook: () => setDialog({ kind: 'runbooks', importing: true }),
    }),
    [selectedOpen],
  );
  useTaskPaletteActions(openers);
  useCockpitIntent((intent) => {
    if (intent.kind === 'assign' || intent.kind === 'check-back')
      setDialog({ kind: 'action', action: { kind: intent.kind }, taskId: intent.taskId });
  });
  const close = useCallback(() => setDialog(null), []);

  return (
    <Paper
      component="section"
      aria-labelledby="tasks-heading"
      id="panel-tasks"
      tabIndex={-1}
      // Its five columns scroll sideways inside the panel rather than widen the cockpit.
      sx={{
        p: 2,
        display: 'flex',
        flexDirection: 'column',
        gap: 1,
        minHeight: 0,
        height: '100%',
        contain: 'inline-size',
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography id="tasks-heading" variant="h6" component="h2">
          {t('tasks.title')}
        </Typography>
        <BoardSummary tasks={all} />
        <Stack direction="row" sx={{ gap: 1, ml: 'auto' }}>
          <Button size="small" startIcon={<MenuBook />} onClick={openers.applyRunbook}>
            {t('runbooks.apply')}
          </Button>
          <Button size="small" onClick={openers.manageRunbooks}>
            {t('runbooks.manage')}
          </Button>
          <Button size="small" variant="contained" startIcon={<Add />} onClick={openers.newTask}>
            {t('tasks.newTask')}
          </Button>
        </Stack>
      </Stack>
      {/* One line, so the board keeps its height on a narrow screen; the whole text is its title. */}
      <Typography
        variant="caption"
        color="text.secondary"
        noWrap
        title={all.length === 0 ? undefined : t('tasks.keysHelp')}
      >
        {all.length === 0 ? t('tasks.noTasks') : t('tasks.keysHelp')}
      </Typography>
      {board === undefined ? null : (
        <TaskBoard
          tasks={all}
          pending={cards}
          selectedId={selectedId}
          onCommand={onCommand}
          onFocusTask={onFocusTask}
          onDismiss={pending.dismiss}
        />
      )}
      {dialog?.kind === 'form' ? (
        <TaskFormDialog incidentId={incident.id} task={dialog.task} owners={owners} onClose={close} />
      ) : null}
      {dialog?.kind === 'action' ? (
        <TaskActionDialog
          action={dialog.action}
          tasks={all}
          initialTaskId={dialog.taskId}
          owners={owners}
          onAssign={assign}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'history' ? <TaskHistoryDialog task={dialog.task} onClose={close} /> : null}
      {dialog?.kind === 'apply-runbook' ? (
        <ApplyRunbookDialog
          incidentId={incident.id}
          onClose={close}
          onImport={() => setDialog({ kind: 'runbooks', importing: true })}
        />
      ) : null}
      {dialog?.kind === 'runbooks' ? (
        <RunbookLibraryDialog onClose={close} startWith={dialog.importing ? { kind: 'import' } : null} />
      ) : null}
    </Paper>
  );
}
