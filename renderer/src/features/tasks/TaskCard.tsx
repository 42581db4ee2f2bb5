import CheckCircle from '@mui/icons-material/CheckCircle';
import HourglassEmpty from '@mui/icons-material/HourglassEmpty';
import MoreVert from '@mui/icons-material/MoreVert';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { memo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../domain/tasks/types';
import { CheckBackCountdown } from './CheckBackCountdown';
import { cardId, cardKeys, commandLabel, commandMenu, type TaskCommand } from './commands';
import { categoryColour } from './categoryColour';
import type { PendingCard } from './pendingAssignments';

export type CardMove = 'up' | 'down' | 'left' | 'right' | 'first' | 'last';

type Props = {
  task: Task;
  /** Its assignment is saving (the owner shown is the new one) or failed (the owner shown is as stored). */
  pending: PendingCard | undefined;
  /** The one card of the board that Tab lands on (roving tabindex). */
  tabbable: boolean;
  onCommand: (task: Task, command: TaskCommand) => void;
  onMove: (task: Task, move: CardMove) => void;
  onFocusTask: (task: Task) => void;
  onDismiss: (taskId: string) => void;
};

const arrows: Readonly<Record<string, CardMove>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
  Home: 'first',
  End: 'last',
};

/** One task at a glance: outcome, category colour, owner, countdown, whether the owner confirmed. */
export const TaskCard = memo(function TaskCard({
  task,
  pending,
  tabbable,
  onCommand,
  onMove,
  onFocusTask,
  onDismiss,
}: Props) {
  const { t } = useTranslation();
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const owner = task.ownerName ?? t('tasks.unassigned');
  const failure =
    pending?.state === 'failed'
      ? t('tasks.assignFailed', { name: pending.ownerName, reason: pending.reason })
      : null;
  const state =
    pending?.state === 'saving'
      ? t('tasks.assignSaving')
      : task.ownerId === null
        ? ''
        : task.acknowledged
          ? t('tasks.acknowledged')
          : t('tasks.notAcknowledged');
  const label = t('tasks.card', {
    title: task.title,
    category: t(`tasks.categories.${task.category}`),
    owner,
    state,
  });

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) return;
    const move = arrows[event.key];
    const command = event.shiftKey ? undefined : cardKeys[event.key.toLowerCase()];
    if (event.key === 'Escape' && failure !== null) onDismiss(task.id);
    else if (move !== undefined) onMove(task, move);
    else if (command !== undefined) onCommand(task, command);
    else if (event.key === 'Enter' || event.key === ' ') setMenu(event.currentTarget);
    else return;
    // Handled here: the cockpit's global shortcuts must not act on the same key.
    event.preventDefault();
    event.stopPropagation();
  }

  function choose(command: TaskCommand) {
    setMenu(null);
    onCommand(task, command);
  }

  return (
    <Box
      role="listitem"
      id={cardId(task.id)}
      aria-label={label}
      aria-description={failure ?? undefined}
      aria-busy={pending?.state === 'saving' ? true : undefined}
      tabIndex={tabbable ? 0 : -1}
      data-panel-entry={tabbable ? true : undefined}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocusTask(task);
      }}
      sx={{
        p: 1,
        mb: 1,
        borderRadius: 1,
        border: 1,
        borderColor: 'divider',
        borderLeft: 4,
        borderLeftColor: categoryColour[task.category],
        bgcolor: 'background.paper',
        '&:focus-visible': {
          outline: 2,
          outlineStyle: 'solid',
          outlineColor: 'primary.main',
          outlineOffset: 1,
        },
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 0.5 }}>
        <Typography variant="body2" sx={{ fontWeight: 600, flexGrow: 1, overflowWrap: 'anywhere' }}>
          <bdi>{task.title}</bdi>
        </Typography>
        <IconButton
          size="small"
          tabIndex={-1}
          aria-label={t('tasks.actions.actionsFor', { title: task.title })}
          onClick={(e) => setMenu(e.currentTarget)}
          sx={{ mt: -0.5, mr: -0.5 }}
        >
          <MoreVert fontSize="small" />
        </IconButton>
      </Stack>
      <Typography variant="caption" sx={{ color: categoryColour[task.category], display: 'block' }}>
        {t(`tasks.categories.${task.category}`)}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
        <Typography
          variant="body2"
          data-testid="owner"
          color={task.ownerId === null ? 'warning' : 'text.primary'}
          sx={{ fontWeight: task.ownerId === null ? 700 : 400 }}
        >
          {owner}
        </Typography>
        {task.ownerId === null ? null : task.acknowledged ? (
          <CheckCircle fontSize="inherit" color="success" titleAccess={t('tasks.acknowledged')} />
        ) : (
          <HourglassEmpty fontSize="inherit" color="disabled" titleAccess={t('tasks.notAcknowledged')} />
        )}
        {pending?.state === 'saving' ? (
          <Typography variant="caption" color="text.secondary" data-testid="assign-saving">
            {t('tasks.assignSaving')}
          </Typography>
        ) : null}
        <Box sx={{ flexGrow: 1 }} />
        <CheckBackCountdown task={task} />
      </Stack>
      {failure === null ? null : (
        <Typography variant="caption" color="error" role="alert" sx={{ display: 'block' }}>
          {failure}{' '}
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {t('tasks.assignFailedDismiss')}
          </Box>
        </Typography>
      )}
      {task.statusReason === '' ? null : (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', fontStyle: 'italic' }}>
          {task.statusReason}
        </Typography>
      )}
      {task.origin === null ? null : (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {t('tasks.fromRunbook', { name: task.origin.runbookName, step: task.origin.step })}
        </Typography>
      )}
      {menu === null ? null : (
        <Menu anchorEl={menu} open onClose={() => setMenu(null)}>
          {commandMenu.map(({ command, key }) => (
            <MenuItem key={command} onClick={() => choose(command)}>
              <Box component="span" sx={{ flexGrow: 1, pr: 2 }}>
                {t(`tasks.actions.${commandLabel[command]}`)}
              </Box>
              <Box component="kbd" sx={{ fontFamily: 'monospace', color: 'text.secondary' }}>
                {key}
              </Box>
            </MenuItem>
          ))}
        </Menu>
      )}
    </Box>
  );
});
