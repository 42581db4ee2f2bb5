import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../app/errors';
import { actorName, useOperator } from '../../app/operator';
import { db } from '../../db';
import { useBroadcastHistory } from '../../db/hooks/useBroadcasts';
import { discardDelivery, retryDelivery } from '../../db/repositories/broadcasts';
import {
  deliveryProgress,
  isPending,
  mayAlreadyBeInSlack,
  type Delivery,
} from '../../domain/broadcasts/outbox';
import { isDrillSandbox } from '../../domain/broadcasts/drill';
import type { BroadcastRecord, DeliveryRecord } from '../../domain/broadcasts/record';
import { formatEntryTime } from '../log/describeEvent';
import { useSlackStatus } from '../slack/slackStatus';
import { wakeDispatcher } from './dispatcherSignal';
import { DrillDelivery } from './DrillDelivery';
import { explainFailure } from './explainFailure';
import { useWindowRejected } from './useWindowRejected';

const chipColour = {
  waiting: 'default',
  sending: 'info',
  unreachable: 'warning',
  'slack-slow': 'warning',
  'slack-no-answer': 'warning',
  'slack-error': 'warning',
  'host-down': 'warning',
  reload: 'error',
  'not-connected': 'warning',
  'slowed-down': 'info',
  sent: 'success',
  failed: 'error',
  discarded: 'default',
  elsewhere: 'default',
} as const;

type Shown = keyof typeof chipColour;

/** States in which the IC may give up on a delivery that has not gone out. */
const discardable = new Set<Shown>([
  'failed',
  'unreachable',
  'not-connected',
  'slack-slow',
  'slack-no-answer',
  'slack-error',
  'host-down',
  'reload',
]);

function shownState(
  record: DeliveryRecord,
  row: Delivery | undefined,
  queue: readonly Delivery[],
  windowRejected: boolean,
): Shown {
  if (record.outcome === 'sent' || record.outcome === 'discarded') return record.outcome;
  if (row === undefined) return record.outcome === 'failed' ? 'failed' : 'elsewhere';
  // This window can send nothing until it is reloaded, whatever each row last met.
  if (windowRejected && isPending(row)) return 'reload';
  return deliveryProgress(row, queue);
}

function DeliveryLine({
  record,
  row,
  queue,
}: {
  record: DeliveryRecord;
  row: Delivery | undefined;
  queue: readonly Delivery[];
}) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const [operator] = useOperator();
  const bot = useSlackStatus()?.workspace?.botName;
  const state = shownState(record, row, queue, useWindowRejected());
  const context = () => ({ now: Date.now(), actor: actorName(operator) });
  const failure =
    row?.lastError ??
    (record.failure === null
      ? null
      : { ...record.failure, slackError: record.failure.slackError ?? undefined });
  const label = t('broadcasts.delivery', {
    channel: record.channelName,
    state: t(`broadcasts.progress.${state}`),
  });
  return (
    <Stack role="listitem" aria-label={label} spacing={0.5} sx={{ pl: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip size="small" color={chipColour[state]} label={label} />
        {record.permalink ? (
          <Link href={record.permalink} target="_blank" rel="noreferrer" variant="body2">
            {t('broadcasts.openInSlack')}
          </Link>
        ) : null}
        {row !== undefined && state === 'failed' ? (
          <Button
            size="small"
            onClick={() => void retryDelivery(db, row.id, context()).then(wakeDispatcher, reportError)}
          >
            {t('broadcasts.sendAgain')}
          </Button>
        ) : null}
        {row !== undefined && discardable.has(state) ? (
          <Button
            size="small"
            color="inherit"
            onClick={() => void discardDelivery(db, row.id, context()).catch(reportError)}
          >
            {t(mayAlreadyBeInSlack(row) ? 'broadcasts.discardMaybeSent' : 'broadcasts.discard')}
          </Button>
        ) : null}
      </Stack>
      {state === 'failed' && failure !== null ? (
        <Typography variant="body2" color="error">
          {explainFailure(t, failure, bot)}
        </Typography>
      ) : null}
    </Stack>
  );
}

function BroadcastLine({
  broadcast,
  outbox,
}: {
  broadcast: BroadcastRecord;
  outbox: ReadonlyMap<string, Delivery>;
}) {
  const { t, i18n } = useTranslation();
  const queue = [...outbox.values()];
  return (
    <Stack spacing={0.5} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
      <Typography variant="body2">
        <Typography
          component="time"
          variant="body2"
          color="text.secondary"
          dateTime={new Date(broadcast.createdAt).toISOString()}
        >
          {formatEntryTime(broadcast.createdAt, false, i18n.language)}
        </Typography>{' '}
        {t(`broadcasts.templates.${broadcast.template}`)} · {t(`broadcasts.triggers.${broadcast.trigger}`)}
      </Typography>
      <Stack role="list" aria-label={t('broadcasts.history')} spacing={0.5}>
        {broadcast.channels.map((channel) => {
          const record = broadcast.deliveries[channel.channelId];
          if (record !== undefined && isDrillSandbox(channel.channelId))
            return <DrillDelivery key={channel.channelId} broadcast={broadcast} record={record} />;
          return record === undefined ? null : (
            <DeliveryLine
              key={channel.channelId}
              record={record}
              row={outbox.get(`${broadcast.id}:${channel.channelId}`)}
              queue={queue}
            />
          );
        })}
      </Stack>
    </Stack>
  );
}

/** The incident's updates, newest first, each channel with where its delivery stands and what to do. */
export function BroadcastHistory({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const history = useBroadcastHistory(incidentId);
  if (history === undefined) return null;
  return (
    <Stack data-testid="broadcast-history" sx={{ maxHeight: 220, overflow: 'auto' }}>
      <Typography variant="subtitle2">{t('broadcasts.history')}</Typography>
      {history.broadcasts.length === 0 ? (
        <Typography color="text.secondary" variant="body2">
          {t('broadcasts.empty')}
        </Typography>
      ) : (
        history.broadcasts.map((b) => <BroadcastLine key={b.id} broadcast={b} outbox={history.outbox} />)
      )}
    </Stack>
  );
}
