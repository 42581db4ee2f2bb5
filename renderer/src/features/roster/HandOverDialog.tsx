import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desk, deskContext, useDesk } from '../../app/desk/desk';
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

const samePerson = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Command changes hands explicitly, to someone on the incident and at work. Whether this desk changes
 * hands too is asked here, so the log does not go on crediting the outgoing IC by default: yes when the
 * outgoing IC is the one at the desk, no when someone else (a scribe) is.
 */
export function HandOverDialog({ incidentId, onDuty, initial, open, onClose }: Props) {
  const { t } = useTranslation();
  const atDesk = useDesk();
  const [picked, setPicked] = useState('');
  const [deskChoice, setDeskChoice] = useState<boolean | null>(null);
  const candidates = onDuty.filter((e) => !e.isCommander && e.restingSince === null);
  const toPersonId = picked || initial || '';
  const outgoing = onDuty.find((e) => e.isCommander)?.person.name ?? '';
  const deskFollows = deskChoice ?? (atDesk === '' || samePerson(atDesk, outgoing));
  const incoming = candidates.find((e) => e.person.id === toPersonId)?.person.name ?? '';
  const close = () => {
    setPicked('');
    setDeskChoice(null);
    onClose();
  };
  return (
    <SimpleDialog
      open={open}
      title={t('roster.handOverTitle')}
      submitLabel={t('roster.submitHandOver')}
      onClose={close}
      onSubmit={async () => {
        await handOverCommand(db, { incidentId, toPersonId }, deskContext());
        if (deskFollows && incoming !== '') desk.change(incoming);
      }}
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
      <FormControlLabel
        control={<Switch checked={deskFollows} onChange={(e) => setDeskChoice(e.target.checked)} />}
        label={incoming === '' ? t('desk.handOverTooAnyone') : t('desk.handOverToo', { name: incoming })}
      />
    </SimpleDialog>
  );
}
