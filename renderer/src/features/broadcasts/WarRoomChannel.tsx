import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../app/errors';
import { ErrorText } from '../../app/ErrorText';
import { actorName, useOperator } from '../../app/operator';
import { call } from '../../bridge';
import { db } from '../../db';
import { recordChannelArchived, recordChannelCreated } from '../../db/repositories/broadcasts-slack';
import { incidentChannelName } from '../../domain/broadcasts/channel-name';
import type { Incident } from '../../domain/incident/types';
import { useSlackStatus } from '../slack/slackStatus';
import { explainFailure } from './explainFailure';
import { localTimeZone } from './messageLabels';
import type { BroadcastState } from './useBroadcastState';
import { useWarRoomKeeper } from './useWarRoomKeeper';

/** The incident's own Slack channel: created in one click, kept current, archived once the incident is over. */
export function WarRoomChannel({ incident, state }: { incident: Incident; state: BroadcastState }) {
  const { t } = useTranslation();
  const [operator] = useOperator();
  const connected = useSlackStatus()?.connected === true;
  const keeper = useWarRoomKeeper(incident, state);
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const channel = state.plan.warRoomChannel;
  const context = () => ({ now: Date.now(), actor: actorName(operator) });
  const suggested = incidentChannelName(incident.declaredAt, incident.title, localTimeZone());

  async function create() {
    const answer = await call('slack:create-channel', { name: (name ?? suggested).trim() });
    if (!answer.ok) return setError(explainFailure(t, answer.error));
    setError(null);
    await recordChannelCreated(
      db,
      incident.id,
      { channelId: answer.value.id, channelName: answer.value.name },
      context(),
    ).catch((failure: unknown) => setError(describeError(t, failure)));
  }

  async function archive() {
    setConfirming(false);
    if (channel === null) return;
    const answer = await call('slack:archive-channel', { channel: channel.channelId });
    if (!answer.ok) return setError(explainFailure(t, answer.error));
    setError(null);
    await recordChannelArchived(db, incident.id, context());
  }

  return (
    <Stack spacing={1} component="section" aria-label={t('broadcasts.channel.title')}>
      <Typography variant="subtitle2">{t('broadcasts.channel.title')}</Typography>
      {channel === null ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField
            size="small"
            label={t('broadcasts.channel.name')}
            value={name ?? suggested}
            onChange={(e) => setName(e.target.value)}
            sx={{ flex: 1 }}
          />
          <Button variant="outlined" disabled={!connected} onClick={() => void create()}>
            {t('broadcasts.channel.create')}
          </Button>
        </Stack>
      ) : (
        <Stack spacing={0.5}>
          <Typography variant="body2" data-testid="war-room-channel">
            #{channel.channelName}
            {channel.archivedAt === null ? '' : ` · ${t('broadcasts.channel.archived')}`}
          </Typography>
          {channel.topic === null ? null : (
            <Typography variant="body2" color="text.secondary">
              {t('broadcasts.channel.topic', { topic: channel.topic })}
            </Typography>
          )}
          {channel.archivedAt === null && keeper.newcomers.length > 0 ? (
            <Button
              size="small"
              sx={{ alignSelf: 'flex-start' }}
              disabled={!connected}
              onClick={() => void keeper.invite()}
            >
              {t('broadcasts.channel.invite', { count: keeper.newcomers.length })}
            </Button>
          ) : null}
          {channel.archivedAt !== null ? null : incident.status === 'resolved' ? (
            <Alert
              severity="info"
              action={
                <Button
                  color="inherit"
                  size="small"
                  disabled={!connected}
                  onClick={() => setConfirming(true)}
                >
                  {t('broadcasts.channel.archive')}
                </Button>
              }
            >
              {t('broadcasts.channel.archiveTitle', { name: channel.channelName })}
            </Alert>
          ) : (
            <Typography variant="caption" color="text.secondary">
              {t('broadcasts.channel.archiveWhenResolved')}
            </Typography>
          )}
        </Stack>
      )}
      <ErrorText message={error ?? keeper.error} />
      <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="archive-title">
        <DialogTitle id="archive-title">
          {t('broadcasts.channel.archiveTitle', { name: channel?.channelName ?? '' })}
        </DialogTitle>
        <DialogContent>
          <Typography>{t('broadcasts.channel.archiveBody')}</Typography>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>{t('broadcasts.channel.cancel')}</Button>
          <Button color="error" variant="contained" onClick={() => void archive()}>
            {t('broadcasts.channel.archive')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
