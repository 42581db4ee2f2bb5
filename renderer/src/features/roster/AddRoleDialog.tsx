import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { assumeRole } from '../../db/repositories/command';
import { responderRoles, type ResponderRole } from '../../domain/roster/types';
import { SimpleDialog } from './SimpleDialog';

type Props = {
  incidentId: string;
  personId: string;
  held: readonly ResponderRole[];
  open: boolean;
  onClose: () => void;
};

/** One person may hold several roles; command is not among them (it is handed over). */
export function AddRoleDialog({ incidentId, personId, held, open, onClose }: Props) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const choices = responderRoles.filter((r) => r !== 'incident-commander' && !held.includes(r));
  const [role, setRole] = useState<ResponderRole | ''>('');
  const chosen = role === '' ? choices[0] : role;
  return (
    <SimpleDialog
      open={open}
      title={t('roster.addRole')}
      submitLabel={t('roster.addRole')}
      onClose={onClose}
      onSubmit={async () => {
        if (chosen !== undefined)
          await assumeRole(
            db,
            { incidentId, personId, role: chosen },
            { now: Date.now(), actor: actorName(operator) },
          );
      }}
    >
      <TextField
        select
        label={t('roster.roles')}
        value={chosen ?? ''}
        onChange={(e) => setRole(responderRoles.find((r) => r === e.target.value) ?? '')}
      >
        {choices.map((r) => (
          <MenuItem key={r} value={r}>
            {t(`terms.roles.${r}`)}
          </MenuItem>
        ))}
      </TextField>
    </SimpleDialog>
  );
}
