import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { handOverCommand } from '../../db/repositories/command';
import type { RosterEntry } from '../../domain/roster/roster';
import { SimpleDialog } from './SimpleDialog';

type Props = {
  incidentId: string;
  onDuty: readonly RosterEntry[];
  initial?: string;
  open: boolean;
  onClose: () => void;
};

/** Command changes hands explicitly, to someone on the incident and at work. */
export function HandOverDialog({ incidentId, onDuty, initial, open, onClose }: Props) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const [picked, setPicked] = useState('');
  const candidates = onDuty.filter((e) => !e.isCommander && e.restingSince === null);
  const toPersonId = picked || initial || '';
  return (
    <SimpleDialog
      open={open}
      title={t('roster.handOverTitle')}
      submitLabel={t('roster.submitHandOver')}
      onClose={() => {
        setPicked('');
        onClose();
      }}
      onSubmit={() =>
        handOverCommand(db, { incidentId, toPersonId }, { now: Date.now(), actor: actorName(operator) })
      }
    >
      <TextField
        select
        label={t('roster.handOverTo')}
        value={toPersonId}
        onChange={(e) => setPicked(e.target.value)}
        helperText={t('roster.handOverHelp')}
      >
        {candidates.map((e) => (
          <MenuItem key={e.person.id} value={e.person.id}>
            {e.person.name}
          </MenuItem>
        ))}
      </TextField>
    </SimpleDialog>
  );
}
