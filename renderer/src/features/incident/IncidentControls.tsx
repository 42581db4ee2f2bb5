import History from '@mui/icons-material/History';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { changeSeverity, changeStatus } from '../../db/repositories/incidents';
import { openAtResolution, resolveIncident } from '../../db/repositories/resolution';
import { incidentStatuses, severities, type Incident } from '../../domain/incident/types';
import type { Task } from '../../domain/tasks/types';
import { PostmortemHost } from '../postmortem/PostmortemHost';
import { CheckOutEveryone } from './CheckOutEveryone';
import { EarlierChangeDialog } from './EarlierChangeDialog';
import { ResolveDialog, type ResolveChoice } from './ResolveDialog';
import { sendIntent, useCockpitIntent } from '../cockpit/intents';

type Asking = { tasks: Task[]; checkedIn: number };

/**
 * Status and severity pickers: each change is one logged event, now, or (through the clock button)
 * at the earlier time it happened. Resolving (from here or the palette)
 * asks first when tasks are open; once resolved, it offers to check everyone out at that time.
 */
export function IncidentControls({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const [operator] = useOperator();
  const [asking, setAsking] = useState<Asking | null>(null);
  const [earlier, setEarlier] = useState(false);
  const context = () => ({ now: Date.now(), actor: actorName(operator) });

  async function resolve(): Promise<void> {
    const open = await openAtResolution(db, incident.id);
    if (open.tasks.length === 0) return resolveIncident(db, { incidentId: incident.id }, context());
    setAsking(open);
  }
  const confirmed = (choice: ResolveChoice) =>
    resolveIncident(db, { incidentId: incident.id, ...choice }, context());
  useCockpitIntent((intent) => {
    if (intent.kind === 'resolve' && intent.incidentId === incident.id) resolve().catch(reportError);
  });

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
        onChange={(e) =>
          e.target.value === 'resolved'
            ? sendIntent({ kind: 'resolve', incidentId: incident.id })
            : changeStatus(db, incident.id, e.target.value, context()).catch(reportError)
        }
        sx={{ minWidth: 150 }}
      >
        {incidentStatuses.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`status.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <Tooltip title={t('backdate.changeEarlier')}>
        <IconButton size="small" aria-label={t('backdate.changeEarlier')} onClick={() => setEarlier(true)}>
          <History fontSize="small" />
        </IconButton>
      </Tooltip>
      {earlier ? <EarlierChangeDialog incident={incident} onClose={() => setEarlier(false)} /> : null}
      <CheckOutEveryone incident={incident} />
      <PostmortemHost incident={incident} />
      {asking === null ? null : (
        <ResolveDialog
          incident={incident}
          tasks={asking.tasks}
          checkedIn={asking.checkedIn}
          onClose={() => setAsking(null)}
          onResolve={confirmed}
        />
      )}
    </>
  );
}
