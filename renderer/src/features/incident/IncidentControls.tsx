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
import {
  incidentStatuses,
  severities,
  type Incident,
  type IncidentStatus,
  type Severity,
} from '../../domain/incident/types';
import type { Task } from '../../domain/tasks/types';
import { PostmortemHost } from '../postmortem/PostmortemHost';
import { RetroHost } from '../drills/retro/RetroHost';
import { CheckOutEveryone } from './CheckOutEveryone';
import type { ResolveChoice } from './ResolveDialog';
import { sendIntent, useCockpitIntent } from '../cockpit/intents';
import { dialogLoading, lazyPart } from '../../app/lazyPart';

const EarlierChangeDialog = lazyPart(
  () => import('./EarlierChangeDialog').then((m) => m.EarlierChangeDialog),
  { fallback: dialogLoading },
);
const ResolveDialog = lazyPart(() => import('./ResolveDialog').then((m) => m.ResolveDialog), {
  fallback: dialogLoading,
});

type Asking = { tasks: Task[]; checkedIn: number };

/** A value the IC picked, and the version of the stored incident it was picked over. */
type Pick<T> = { value: T; over: number } | null;

/**
 * What a picker shows: the IC's pick from the frame after it was made, while the stored incident is
 * still the version it was picked over. Once the incident row changes (`updatedAt` only grows: the
 * change committed and the live query caught up, or another desk changed it) the stored value shows
 * again; a failed write drops the pick, and the error is said.
 */
function usePicked<T>(stored: T, version: number) {
  const [pick, setPick] = useState<Pick<T>>(null);
  const saving = pick !== null && pick.over === version && pick.value !== stored;
  return {
    value: saving ? pick.value : stored,
    saving,
    pick: (value: T) => setPick({ value, over: version }),
    drop: () => setPick(null),
  };
}

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
  const severity = usePicked<Severity>(incident.severity, incident.updatedAt);
  const status = usePicked<IncidentStatus>(incident.status, incident.updatedAt);
  const saving = (picked: { drop: () => void }, write: Promise<void>) =>
    write.catch((failure: unknown) => {
      picked.drop();
      reportError(failure);
    });

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
        value={severity.value}
        onChange={(e) => {
          const picked = severities.find((s) => s === e.target.value);
          if (picked !== undefined) severity.pick(picked);
          void saving(severity, changeSeverity(db, incident.id, e.target.value, context()));
        }}
        // Dimmed while its change is written: a helper line would shift the bar under the IC's pointer.
        sx={{ minWidth: 110, opacity: severity.saving ? 0.7 : 1 }}
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
        value={status.value}
        onChange={(e) => {
          // Resolving asks first when work is open, so it is shown only once it is done.
          if (e.target.value === 'resolved') {
            sendIntent({ kind: 'resolve', incidentId: incident.id });
            return;
          }
          const picked = incidentStatuses.find((s) => s === e.target.value);
          if (picked !== undefined) status.pick(picked);
          void saving(status, changeStatus(db, incident.id, e.target.value, context()));
        }}
        sx={{ minWidth: 150, opacity: status.saving ? 0.7 : 1 }}
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
      {incident.isDrill ? <RetroHost incident={incident} /> : null}
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
