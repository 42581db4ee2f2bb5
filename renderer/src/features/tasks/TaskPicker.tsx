import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../domain/tasks/types';

type Props = {
  tasks: readonly Task[];
  value: Task | null;
  onChange: (task: Task | null) => void;
  autoFocus?: boolean;
};

// 2,000 tasks must not mean 2,000 options drawn: the IC types until the list is short.
const filter = createFilterOptions<Task>({ limit: 50 });

/** Picks a task by typing part of its outcome or owner. */
export function TaskPicker({ tasks, value, onChange, autoFocus }: Props) {
  const { t } = useTranslation();
  const labelOf = (task: Task) =>
    `${task.title} — ${task.ownerName ?? t('tasks.unassigned')} · ${t(`tasks.statuses.${task.status}`)}`;
  return (
    <Autocomplete
      autoHighlight
      options={tasks}
      value={value}
      filterOptions={filter}
      onChange={(_, task) => onChange(task)}
      getOptionLabel={labelOf}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('tasks.task')}
          placeholder={t('tasks.pickTask')}
          autoFocus={autoFocus}
        />
      )}
    />
  );
}
