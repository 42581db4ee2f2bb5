import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { acknowledgeTask, assignTask, changeTaskStatus, setCheckBack } from '../../db/repositories/tasks';
import { limits } from '../../domain/incident/types';
import { isOpen, taskStatuses, type Task, type TaskStatus } from '../../domain/tasks/types';
import { OwnerField } from './OwnerField';
import { resolveOwner, type OwnerChoice, type OwnerOption } from './owners';
import { TaskPicker } from './TaskPicker';
import { recordContext } from './recordContext';

export type TaskAction =
  | { kind: 'assign' }
  | { kind: 'status'; status: TaskStatus }
  | { kind: 'acknowledge' }
  | { kind: 'check-back' };

const titles: Record<TaskAction['kind'], string> = {
  assign: 'tasks.assignTitle',
  status: 'tasks.statusTitle',
  acknowledge: 'tasks.actions.acknowledge',
  'check-back': 'tasks.actions.checkBack',
};

type Props = {
  action: TaskAction;
  tasks: readonly Task[];
  initialTaskId: string | null;
  owners: readonly OwnerOption[];
  /** Shows the assignment on the card at once and records it; the dialog closes in the same frame. */
  onAssign: (task: Task, owner: OwnerOption) => void;
  onClose: () => void;
};

/**
 * Assign a task, or move it on the board with a reason where one is needed. The task comes
 * preselected from the card the IC was on; from the palette the IC can pick another.
 */
export function TaskActionDialog({ action, tasks, initialTaskId, owners, onAssign, onClose }: Props) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const [task, setTask] = useState<Task | null>(() => tasks.find((x) => x.id === initialTaskId) ?? null);
  const [owner, setOwner] = useState<OwnerChoice>(null);
  const [status, setStatus] = useState<TaskStatus>(action.kind === 'status' ? action.status : 'done');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  // A second Enter while the first is still saving must not record the change twice.
  const saving = useRef(false);
  const choices = useMemo(
    () => tasks.filter((x) => isOpen(x) || x.id === initialTaskId),
    [tasks, initialTaskId],
  );
  const assigning = action.kind === 'assign';
  const moving = action.kind === 'status';
  const needsReason = status === 'blocked' || status === 'dropped';
  const preselected = task !== null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving.current) return;
    const context = recordContext(operator);
    if (task === null) {
      setError(t('tasks.pickTask'));
      return;
    }
    if (assigning && owner !== null && typeof owner !== 'string') {
      // A responder picked from the list: nothing to look up, so the card shows them in the next frame.
      onAssign(task, owner);
      onClose();
      return;
    }
    saving.current = true;
    try {
      if (assigning) {
        // A typed name is looked up first, and its refusal shown here, with the dialog still open.
        const personId = await resolveOwner(owner);
        if (personId === null) {
          setError(t('tasks.ownerRequired'));
          return;
        }
        await assignTask(db, { taskId: task.id, personId }, context);
      } else if (moving) {
        await changeTaskStatus(db, { taskId: task.id, status, reason }, context);
      } else if (action.kind === 'acknowledge') {
        await acknowledgeTask(db, task.id, context);
      } else {
        await setCheckBack(db, { taskId: task.id }, context);
      }
      onClose();
    } catch (failure) {
      setError(describeError(t, failure));
    } finally {
      saving.current = false;
    }
  }

  const title = t(titles[action.kind]);
  const submitLabel = assigning
    ? t('tasks.assignSubmit')
    : moving
      ? t('tasks.statusSubmit')
      : t('tasks.save');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="task-action-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="task-action-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TaskPicker tasks={choices} value={task} onChange={setTask} autoFocus={!preselected} />
            {assigning ? (
              <OwnerField owners={owners} value={owner} onChange={setOwner} autoFocus={preselected} />
            ) : null}
            {moving ? (
              <TextField
                select
                label={t('tasks.newStatus')}
                value={status}
                onChange={(e) => setStatus(taskStatuses.find((s) => s === e.target.value) ?? 'todo')}
              >
                {taskStatuses.map((s) => (
                  <MenuItem key={s} value={s}>
                    {t(`tasks.statuses.${s}`)}
                  </MenuItem>
                ))}
              </TextField>
            ) : null}
            {moving && needsReason ? (
              <TextField
                label={t('tasks.reason')}
                helperText={status === 'blocked' ? t('tasks.reasonBlocked') : t('tasks.reasonDropped')}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                autoFocus={preselected}
                slotProps={{ htmlInput: { maxLength: limits.summaryMaxLength } }}
              />
            ) : null}
            {error === null ? null : (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('tasks.cancel')}</Button>
          <Button type="submit" variant="contained" autoFocus={preselected && !assigning && !needsReason}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
