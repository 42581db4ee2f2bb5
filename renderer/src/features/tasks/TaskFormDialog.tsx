import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CappedTextField } from '../../app/CappedTextField';
import { describeError } from '../../app/errors';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { createTask, editTask, setCheckBack } from '../../db/repositories/tasks';
import { limits } from '../../domain/incident/types';
import {
  defaultTimeBoxMinutes,
  maxTimeBoxMinutes,
  taskCategories,
  type Task,
  type TaskCategory,
} from '../../domain/tasks/types';
import { fromDateInput, toDateInput } from './dateInput';
import { OwnerField } from './OwnerField';
import { resolveOwner, type OwnerChoice, type OwnerOption } from './owners';
import { recordContext } from './recordContext';

type Props = { incidentId: string; task: Task | null; owners: readonly OwnerOption[]; onClose: () => void };

/** A new task (or an edit): the outcome, the why, the category, and optionally the owner at once. */
export function TaskFormDialog({ incidentId, task, owners, onClose }: Props) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const [title, setTitle] = useState(task?.title ?? '');
  const [description, setDescription] = useState(task?.description ?? '');
  const [category, setCategory] = useState<TaskCategory>(task?.category ?? 'restore-service');
  const [owner, setOwner] = useState<OwnerChoice>(null);
  const [timeBox, setTimeBox] = useState(String(task?.timeBoxMinutes ?? defaultTimeBoxMinutes));
  const [due, setDue] = useState(task?.dueAt === null || task === null ? '' : toDateInput(task.dueAt));
  const [error, setError] = useState<string | null>(null);
  // A second Enter while the first is still saving must not record the change twice.
  const saving = useRef(false);
  const followUp = category === 'follow-up';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving.current) return;
    const context = recordContext(operator);
    const details = {
      title,
      description,
      category,
      dueAt: followUp && due !== '' ? fromDateInput(due) : undefined,
    };
    const minutes = Number(timeBox);
    saving.current = true;
    try {
      if (task === null) {
        const ownerId = await resolveOwner(owner);
        await createTask(db, { ...details, incidentId, ownerId, timeBoxMinutes: minutes }, context);
      } else {
        await editTask(db, { ...details, taskId: task.id }, context);
        if (!followUp && task.ownerId !== null && minutes !== task.timeBoxMinutes) {
          await setCheckBack(db, { taskId: task.id, minutes }, context);
        }
      }
      onClose();
    } catch (failure) {
      setError(describeError(t, failure));
    } finally {
      saving.current = false;
    }
  }

  const heading = task === null ? t('tasks.newTaskTitle') : t('tasks.editTaskTitle');
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="task-form-title">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <DialogTitle id="task-form-title">{heading}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <CappedTextField
              label={t('tasks.taskTitle')}
              helperText={t('tasks.taskTitleHelp')}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              autoFocus
              max={limits.titleMaxLength}
            />
            <CappedTextField
              label={t('tasks.description')}
              helperText={t('tasks.descriptionHelp')}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              multiline
              minRows={2}
              max={limits.summaryMaxLength}
            />
            <TextField
              select
              label={t('tasks.category')}
              value={category}
              onChange={(e) =>
                setCategory(taskCategories.find((c) => c === e.target.value) ?? 'restore-service')
              }
            >
              {taskCategories.map((c) => (
                <MenuItem key={c} value={c}>
                  {t(`tasks.categories.${c}`)}
                </MenuItem>
              ))}
            </TextField>
            {task === null ? (
              <OwnerField
                owners={owners}
                value={owner}
                onChange={setOwner}
                helperText={t('tasks.ownerHelp')}
              />
            ) : null}
            {followUp ? (
              <TextField
                type="date"
                label={t('tasks.dueDate')}
                helperText={t('tasks.dueDateHelp')}
                value={due}
                onChange={(e) => setDue(e.target.value)}
                slotProps={{ inputLabel: { shrink: true } }}
              />
            ) : (
              <TextField
                type="number"
                label={t('tasks.timeBox')}
                value={timeBox}
                onChange={(e) => setTimeBox(e.target.value)}
                slotProps={{ htmlInput: { min: 1, max: maxTimeBoxMinutes, step: 1 } }}
              />
            )}
            {error === null ? null : (
              <Alert severity="error" role="alert">
                {error}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('tasks.cancel')}</Button>
          <Button type="submit" variant="contained">
            {task === null ? t('tasks.create') : t('tasks.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
