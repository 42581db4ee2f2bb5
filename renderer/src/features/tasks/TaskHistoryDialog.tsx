import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useTaskHistory } from '../../db/hooks/useTasks';
import type { Task } from '../../domain/tasks/types';
import { formatEntryTime } from '../log/describeEvent';

/** Who held the task and when it changed hands: a reassignment never erases the old owner. */
export function TaskHistoryDialog({ task, onClose }: { task: Task; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const history = useTaskHistory(task.id);
  const title = t('tasks.historyTitle', { title: task.title });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="task-history-title">
      <DialogTitle id="task-history-title">{title}</DialogTitle>
      <DialogContent>
        {history === undefined ? null : history.length === 0 ? (
          <Typography color="text.secondary">{t('tasks.historyEmpty')}</Typography>
        ) : (
          <List dense aria-label={title}>
            {history.map((event) => {
              const time = formatEntryTime(event.ts, true, i18n.language);
              const { from, to } = event.payload;
              return (
                <ListItem key={event.id}>
                  {from === null
                    ? t('tasks.historyFirst', { time, to: to.personName })
                    : t('tasks.historyLine', { time, from: from.personName, to: to.personName })}
                </ListItem>
              );
            })}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('tasks.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
