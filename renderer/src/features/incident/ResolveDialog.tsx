import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenTaskChoice } from '../../domain/incident/resolution';
import type { Incident } from '../../domain/incident/types';
import type { Task } from '../../domain/tasks/types';
import { SimpleDialog } from '../roster/SimpleDialog';

export type ResolveChoice = {
  openTasks: { choice: OpenTaskChoice; reason: string };
  checkOutEveryone: boolean;
};

type Props = {
  incident: Incident;
  /** The open incident tasks, read when the IC asked to resolve. */
  tasks: readonly Task[];
  checkedIn: number;
  onClose: () => void;
  onResolve: (choice: ResolveChoice) => Promise<void>;
};

/**
 * Resolving with work still open asks first: each open task is kept as a follow-up (it survives into
 * the postmortem) or dropped with a reason; Cancel leaves the incident as it was. Mounted fresh for
 * each ask, so no choice carries over from the last one.
 */
export function ResolveDialog({ incident, tasks, checkedIn, onClose, onResolve }: Props) {
  const { t } = useTranslation();
  const choiceId = useId();
  const [choice, setChoice] = useState<OpenTaskChoice>('follow-up');
  const [reason, setReason] = useState('');
  const [checkOutEveryone, setCheckOutEveryone] = useState(false);
  return (
    <SimpleDialog
      open
      title={t('resolve.title', { title: incident.title })}
      submitLabel={t('resolve.resolve')}
      onClose={onClose}
      onSubmit={() => onResolve({ openTasks: { choice, reason }, checkOutEveryone })}
    >
      <Typography>{t('resolve.openTasks', { count: tasks.length })}</Typography>
      <ul aria-label={t('resolve.openTasks', { count: tasks.length })} style={{ margin: 0 }}>
        {tasks.map((task) => (
          <li key={task.id}>
            <bdi>{task.title}</bdi> · <bdi>{task.ownerName ?? t('resolve.unassigned')}</bdi>
          </li>
        ))}
      </ul>
      <FormControl>
        <FormLabel id={choiceId}>{t('resolve.choice')}</FormLabel>
        <RadioGroup
          aria-labelledby={choiceId}
          value={choice}
          onChange={(e) => setChoice(e.target.value === 'drop' ? 'drop' : 'follow-up')}
        >
          <FormControlLabel value="follow-up" control={<Radio />} label={t('resolve.followUp')} />
          <FormControlLabel value="drop" control={<Radio />} label={t('resolve.drop')} />
        </RadioGroup>
      </FormControl>
      {choice === 'drop' ? (
        <TextField
          label={t('resolve.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          multiline
        />
      ) : null}
      {checkedIn === 0 ? null : (
        <FormControlLabel
          control={
            <Checkbox checked={checkOutEveryone} onChange={(e) => setCheckOutEveryone(e.target.checked)} />
          }
          label={t('resolve.checkOut', { count: checkedIn })}
        />
      )}
    </SimpleDialog>
  );
}
