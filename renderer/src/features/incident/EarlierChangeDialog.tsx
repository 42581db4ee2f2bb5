import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOperator } from '../../app/operator';
import { db } from '../../db';
import { recordIncidentChange } from '../../db/repositories/incident-change';
import { incidentStatuses, severities, type Incident } from '../../domain/incident/types';
import { HappenedAtFields, happenedAtInput, happenedNow } from '../log/HappenedAt';
import { SimpleDialog } from '../roster/SimpleDialog';
import { recordContext } from '../tasks/recordContext';

type Props = { incident: Incident; onClose: () => void };

/**
 * A status or severity change the IC learns of late ("identified at 18:40"), recorded at the time it
 * happened with the reason, both in one write. Resolving is not offered: it settles open work now.
 * Mounted per opening, so every opening starts from the incident as it is.
 */
export function EarlierChangeDialog({ incident, onClose }: Props) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const [status, setStatus] = useState(incident.status);
  const [severity, setSeverity] = useState(incident.severity);
  const [when, setWhen] = useState(happenedNow);
  const statuses = incidentStatuses.filter((s) => s !== 'resolved' || s === incident.status);
  return (
    <SimpleDialog
      open
      title={t('backdate.changeTitle')}
      submitLabel={t('backdate.save')}
      onClose={onClose}
      onSubmit={() =>
        recordIncidentChange(
          db,
          incident.id,
          { status, severity },
          recordContext(operator),
          happenedAtInput(when),
        )
      }
    >
      <Typography variant="body2">{t('backdate.changeBody')}</Typography>
      <HappenedAtFields
        value={when}
        onChange={setWhen}
        earliest={incident.declaredAt}
        direction="column"
        autoFocus
      />
      <TextField
        select
        label={t('incident.status')}
        value={status}
        onChange={(e) => setStatus(statuses.find((s) => s === e.target.value) ?? incident.status)}
      >
        {statuses.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`status.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        label={t('incident.severity')}
        value={severity}
        onChange={(e) => setSeverity(severities.find((s) => s === e.target.value) ?? incident.severity)}
      >
        {severities.map((s) => (
          <MenuItem key={s} value={s}>
            {s}
          </MenuItem>
        ))}
      </TextField>
    </SimpleDialog>
  );
}
