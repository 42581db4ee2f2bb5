import Download from '@mui/icons-material/Download';
import PersonAdd from '@mui/icons-material/PersonAdd';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { renounceRole } from '../../db/repositories/command';
import { endRest, startRest } from '../../db/repositories/roster';
import type { Incident } from '../../domain/incident/types';
import type { RosterEntry } from '../../domain/roster/roster';
import { useCockpitIntent } from '../cockpit/intents';
import { useRosterPaletteActions } from '../palette/useRosterPaletteActions';
import { exportIcs211 } from './exportIcs211';
import { formatClockTime } from './format';
import type { RosterAction } from './RosterCard';
import { RosterList } from './RosterList';
import type { LiveRoster } from './useRoster';
import { dialogLoading, lazyPart } from '../../app/lazyPart';

const AddRoleDialog = lazyPart(() => import('./AddRoleDialog').then((m) => m.AddRoleDialog), {
  fallback: dialogLoading,
});
const CheckInDialog = lazyPart(() => import('./CheckInDialog').then((m) => m.CheckInDialog), {
  fallback: dialogLoading,
  hidden: (p) => !p.open,
});
const CheckOutDialog = lazyPart(() => import('./CheckOutDialog').then((m) => m.CheckOutDialog), {
  fallback: dialogLoading,
});
const EditPersonDialog = lazyPart(() => import('./EditPersonDialog').then((m) => m.EditPersonDialog), {
  fallback: dialogLoading,
});
const HandOverDialog = lazyPart(() => import('./HandOverDialog').then((m) => m.HandOverDialog), {
  fallback: dialogLoading,
});

type Dialog =
  | { kind: 'check-out' | 'add-role' | 'edit-details'; entry: RosterEntry }
  | { kind: 'hand-over'; entry?: RosterEntry }
  | null;
type Props = {
  incident: Incident;
  live: LiveRoster;
  checkInOpen: boolean;
  onCheckInOpen: (open: boolean) => void;
};

/** Who is on the incident now, most fatigued first; who has left, in a collapsed history. */
export function RosterPanel({ incident, live, checkInOpen, onCheckInOpen }: Props) {
  const { t, i18n } = useTranslation();
  const { reportError, notify } = useNotices();
  const [operator] = useOperator();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { roster, now, input } = live;
  useRosterPaletteActions({
    checkIn: () => onCheckInOpen(true),
    handOver: () => setDialog({ kind: 'hand-over' }),
  });

  const onAction = useCallback(
    (entry: RosterEntry, action: RosterAction, tenureId?: string) => {
      const context = { now: Date.now(), actor: actorName(operator) };
      if (action === 'rest') void startRest(db, entry.checkIn.id, context).catch(reportError);
      else if (action === 'back') void endRest(db, entry.checkIn.id, context).catch(reportError);
      else if (action === 'remove-role' && tenureId !== undefined)
        void renounceRole(db, tenureId, context).catch(reportError);
      else if (
        action === 'check-out' ||
        action === 'add-role' ||
        action === 'hand-over' ||
        action === 'edit-details'
      )
        setDialog({ kind: action, entry });
    },
    [operator, reportError],
  );

  useCockpitIntent((intent) => {
    const entry = roster.onDuty.find((e) => intent.kind === 'rest' && e.person.id === intent.personId);
    if (entry !== undefined) onAction(entry, 'rest');
    else if (intent.kind === 'hand-over') setDialog({ kind: 'hand-over' });
  });

  async function exportList(format: 'csv' | 'markdown') {
    const result = await exportIcs211(t, incident, input, format);
    if (result.error !== undefined) notify({ severity: 'error', message: result.error });
    else if (result.saved)
      notify({ severity: 'success', message: t('roster.exported', { path: result.where }) });
  }

  return (
    <Paper
      component="section"
      aria-labelledby="roster-heading"
      id="panel-roster"
      tabIndex={-1}
      sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1, minHeight: 0 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography id="roster-heading" variant="h6" component="h2" sx={{ flexGrow: 1 }}>
          {t('roster.title')} ({roster.onDuty.length})
        </Typography>
        <Button size="small" sx={{ whiteSpace: 'nowrap' }} onClick={() => setDialog({ kind: 'hand-over' })}>
          {t('roster.handOver')}
        </Button>
        <Button
          size="small"
          variant="contained"
          sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          startIcon={<PersonAdd />}
          onClick={() => onCheckInOpen(true)}
        >
          {t('roster.checkIn')}
        </Button>
      </Stack>
      <RosterList
        entries={roster.onDuty}
        now={now}
        onAction={onAction}
        label={t('roster.list')}
        emptyText={t('roster.nobody')}
      />
      <Accordion disableGutters elevation={0}>
        <AccordionSummary>{t('roster.history', { count: roster.checkedOut.length })}</AccordionSummary>
        <AccordionDetails>
          <Box role="list" aria-label={t('roster.history', { count: roster.checkedOut.length })}>
            {roster.checkedOut.map(({ checkIn, person }) => (
              <Typography key={checkIn.id} role="listitem" variant="body2">
                {person.name} —{' '}
                {t('roster.checkedOutAt', {
                  time: formatClockTime(checkIn.checkedOutAt ?? now, now, i18n.language),
                  reason:
                    checkIn.checkOutReason === null
                      ? ''
                      : t(`terms.checkOutReasons.${checkIn.checkOutReason}`),
                })}
              </Typography>
            ))}
          </Box>
        </AccordionDetails>
      </Accordion>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        <Button size="small" startIcon={<Download />} onClick={() => void exportList('csv')}>
          {t('roster.exportCsv')}
        </Button>
        <Button size="small" startIcon={<Download />} onClick={() => void exportList('markdown')}>
          {t('roster.exportMarkdown')}
        </Button>
      </Stack>
      <CheckInDialog incidentId={incident.id} open={checkInOpen} onClose={() => onCheckInOpen(false)} />
      {dialog?.kind === 'check-out' ? (
        <CheckOutDialog
          checkInId={dialog.entry.checkIn.id}
          name={dialog.entry.person.name}
          open
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'add-role' ? (
        <AddRoleDialog
          incidentId={incident.id}
          personId={dialog.entry.person.id}
          held={dialog.entry.roles.map((r) => r.role)}
          open
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'edit-details' ? (
        <EditPersonDialog
          incidentId={incident.id}
          person={dialog.entry.person}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'hand-over' ? (
        <HandOverDialog
          incidentId={incident.id}
          onDuty={roster.onDuty}
          initial={dialog.entry?.person.id}
          open
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Paper>
  );
}
