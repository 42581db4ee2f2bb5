import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { checkOut } from '../../db/repositories/roster';
import { checkOutReasons, type CheckOutReason } from '../../domain/roster/types';
import { SimpleDialog } from './SimpleDialog';

type Props = { checkInId: string; name: string; open: boolean; onClose: () => void };

/** Nobody leaves without checking out: why, and a note for the hand-over. */
export function CheckOutDialog({ checkInId, name, open, onClose }: Props) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const [reason, setReason] = useState<CheckOutReason>('shift-end');
  const [note, setNote] = useState('');
  return (
    <SimpleDialog
      open={open}
      title={t('roster.checkOutTitle', { name })}
      submitLabel={t('roster.submitCheckOut')}
      onClose={onClose}
      onSubmit={() =>
        checkOut(db, { checkInId, reason, note }, { now: Date.now(), actor: actorName(operator) })
      }
    >
      <TextField
        select
        label={t('roster.checkOutReason')}
        value={reason}
        onChange={(e) => setReason(checkOutReasons.find((r) => r === e.target.value) ?? 'shift-end')}
      >
        {checkOutReasons.map((r) => (
          <MenuItem key={r} value={r}>
            {t(`terms.checkOutReasons.${r}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField label={t('roster.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline />
    </SimpleDialog>
  );
}
