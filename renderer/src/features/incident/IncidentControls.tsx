import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { changeSeverity, changeStatus } from '../../db/repositories/incidents';
import { incidentStatuses, severities, type Incident } from '../../domain/incident/types';

/** Status and severity pickers: each change is one logged event. */
export function IncidentControls({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const [operator] = useOperator();
  const context = () => ({ now: Date.now(), actor: actorName(operator) });

  return (
    <>
      <TextField
        select
        size="small"
        label={t('incident.severity')}
        value={incident.severity}
        onChange={(e) => changeSeverity(db, incident.id, e.target.value, context()).catch(reportError)}
        sx={{ minWidth: 110 }}
      >
        {severities.map((s) => (
          <MenuItem key={s} value={s}>
            {s}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('incident.status')}
        value={incident.status}
        onChange={(e) => changeStatus(db, incident.id, e.target.value, context()).catch(reportError)}
        sx={{ minWidth: 150 }}
      >
        {incidentStatuses.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`status.${s}`)}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}
