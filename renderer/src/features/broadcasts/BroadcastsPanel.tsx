import Settings from '@mui/icons-material/Settings';
import Tune from '@mui/icons-material/Tune';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BroadcastTrigger } from '../../domain/broadcasts/events';
import { composeTrigger } from '../../domain/broadcasts/trigger';
import { formatClockOnDay } from '../../domain/broadcasts/time';
import type { Incident } from '../../domain/incident/types';
import { useSlackStatus } from '../slack/slackStatus';
import { useCockpitIntent } from '../cockpit/intents';
import { BroadcastHistory } from './BroadcastHistory';
import { Countdown } from './Countdown';
import { localTimeZone } from './messageLabels';
import { dismissMissed } from './sessionTimes';
import { useBroadcastState, type BroadcastState } from './useBroadcastState';
import { useWindowRejected } from './useWindowRejected';
import { DrillDestination } from './DrillDestination';
import { WarRoomChannel } from './WarRoomChannel';
import { dialogLoading, lazyPart } from '../../app/lazyPart';

const SlackDialog = lazyPart(() => import('../slack/SlackDialog').then((m) => m.SlackDialog), {
  fallback: dialogLoading,
  hidden: (p) => !p.open,
});
const BroadcastComposer = lazyPart(() => import('./BroadcastComposer').then((m) => m.BroadcastComposer), {
  fallback: dialogLoading,
});
const PlanDialog = lazyPart(() => import('./PlanDialog').then((m) => m.PlanDialog), {
  fallback: dialogLoading,
});
const TeamCadenceDialog = lazyPart(() => import('./TeamCadenceDialog').then((m) => m.TeamCadenceDialog), {
  fallback: dialogLoading,
});

type Open = 'none' | 'plan' | 'team' | 'slack';

/** Why the IC is composing now: the first update, the cadence that is due, a status change, or their own wish. */
function triggerFor(state: BroadcastState, prompt?: 'cadence' | 'status-change'): BroadcastTrigger {
  const hasBroadcast = state.lastBroadcast !== null;
  return composeTrigger({ hasBroadcast, asksIc: state.asksIc, statusChanged: state.statusChanged }, prompt);
}

function Prompts({
  state,
  incident,
  onCompose,
}: {
  state: BroadcastState;
  incident: Incident;
  onCompose: (trigger: BroadcastTrigger) => void;
}) {
  const { t } = useTranslation();
  const [, setDismissed] = useState(0);
  const time = (ts: number) => formatClockOnDay(ts, state.now, localTimeZone());
  const review = (prompt: 'cadence' | 'status-change') => (
    <Button color="inherit" size="small" onClick={() => onCompose(triggerFor(state, prompt))}>
      {t('broadcasts.review')}
    </Button>
  );
  const missed = state.missedDueAt;
  return (
    <>
      {missed !== null ? (
        <Alert
          severity="warning"
          action={
            <>
              {review('cadence')}
              <Button
                color="inherit"
                size="small"
                onClick={() => {
                  dismissMissed(incident.id, missed);
                  setDismissed((n) => n + 1);
                }}
              >
                {t('broadcasts.dismiss')}
              </Button>
            </>
          }
        >
          {t('broadcasts.missed', { time: time(missed) })}
        </Alert>
      ) : state.asksIc && state.due.dueAt !== null ? (
        <Alert severity="warning" action={review('cadence')}>
          {t('broadcasts.dueAsk', { time: time(state.due.dueAt) })}
        </Alert>
      ) : null}
      {state.statusChanged ? (
        <Alert severity="info" action={review('status-change')}>
          {incident.status === 'resolved'
            ? t('resolve.finalUpdate')
            : state.lastBroadcast === null
              ? t('broadcasts.firstUpdate')
              : t('broadcasts.statusChanged', {
                  severity: incident.severity,
                  status: t(`status.${incident.status}`),
                })}
        </Alert>
      ) : null}
    </>
  );
}

/** Stakeholder updates of one incident: countdown, prompts, channels, the war-room channel and what was sent. */
export function BroadcastsPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const state = useBroadcastState(incident);
  const slack = useSlackStatus();
  const windowRejected = useWindowRejected();
  const [open, setOpen] = useState<Open>('none');
  const [composing, setComposing] = useState<BroadcastTrigger | null>(null);
  useCockpitIntent((intent) => {
    if (intent.kind === 'compose' && state !== undefined) setComposing(triggerFor(state));
  });
  if (state === undefined) return null;
  const channels = state.plan.stakeholderChannels;
  const compose = (trigger: BroadcastTrigger) => setComposing(trigger);
  const defaultTrigger = triggerFor(state);

  return (
    <Paper
      component="section"
      aria-labelledby="broadcasts-heading"
      // The panel scrolls inside its cockpit slot; its parts keep their height instead of shrinking over
      // each other (which left the history's buttons under the war-room channel, unclickable).
      sx={{
        p: 2,
        display: 'flex',
        flexDirection: 'column',
        gap: 1.5,
        flexShrink: 0,
        '& > *': { flexShrink: 0 },
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography id="broadcasts-heading" variant="h6" component="h2">
          {t('broadcasts.title')}
        </Typography>
        <Countdown state={state} resolved={incident.status === 'resolved'} />
        <Stack direction="row" spacing={1} sx={{ ml: 'auto', alignItems: 'center' }}>
          <Button variant="contained" size="small" onClick={() => compose(defaultTrigger)}>
            {t('broadcasts.compose')}
          </Button>
          <Tooltip title={t('broadcasts.settings')}>
            <IconButton aria-label={t('broadcasts.settings')} onClick={() => setOpen('plan')}>
              <Tune fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title={t('broadcasts.teamCadence')}>
            <IconButton aria-label={t('broadcasts.teamCadence')} onClick={() => setOpen('team')}>
              <Settings fontSize="small" />
            </IconButton>
          </Tooltip>
          <Button size="small" onClick={() => setOpen('slack')}>
            {t('slack.open')}
          </Button>
        </Stack>
      </Stack>
      {/* A drill needs no Slack: with none connected, its updates stay in War Room. */}
      {slack !== undefined && !slack.connected && !incident.isDrill ? (
        <Alert
          severity="info"
          action={
            <Button color="inherit" size="small" onClick={() => setOpen('slack')}>
              {t('broadcasts.connectSlack')}
            </Button>
          }
        >
          {t('broadcasts.slackNeeded')}
        </Alert>
      ) : null}
      {windowRejected ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => window.location.reload()}>
              {t('broadcasts.reload')}
            </Button>
          }
        >
          {t('broadcasts.reloadNeeded')}
        </Alert>
      ) : null}
      <Prompts state={state} incident={incident} onCompose={compose} />
      {incident.isDrill ? (
        <DrillDestination drillChannel={slack?.drillChannel ?? null} />
      ) : channels.length === 0 ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" color="text.secondary">
            {t('broadcasts.noChannels')}
          </Typography>
          <Button size="small" onClick={() => setOpen('plan')}>
            {t('broadcasts.chooseChannels')}
          </Button>
        </Stack>
      ) : (
        <Typography variant="body2" data-testid="stakeholder-channels">
          {t('broadcasts.to', { channels: channels.map((c) => `#${c.channelName}`).join(', ') })}
        </Typography>
      )}
      {/* A drill's own Slack channel would invite real people into Slack: a drill has none. */}
      {incident.isDrill ? (
        <Typography variant="body2" color="text.secondary">
          {t('drillSandbox.noWarRoomChannel')}
        </Typography>
      ) : (
        <WarRoomChannel incident={incident} state={state} />
      )}
      <BroadcastHistory incidentId={incident.id} />
      {composing === null ? null : (
        <BroadcastComposer
          incident={incident}
          state={state}
          trigger={composing}
          onClose={() => setComposing(null)}
        />
      )}
      {open === 'plan' ? (
        <PlanDialog
          incidentId={incident.id}
          severity={incident.severity}
          plan={state.plan}
          onClose={() => setOpen('none')}
        />
      ) : null}
      {open === 'team' ? <TeamCadenceDialog onClose={() => setOpen('none')} /> : null}
      <SlackDialog open={open === 'slack'} onClose={() => setOpen('none')} />
    </Paper>
  );
}
