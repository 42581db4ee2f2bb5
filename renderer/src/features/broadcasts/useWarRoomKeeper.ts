import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorName, useOperator } from '../../app/operator';
import { call } from '../../bridge';
import { db } from '../../db';
import { useSlackInvitees, type Invitee } from '../../db/hooks/useBroadcasts';
import { recordInvited, recordTopicSet } from '../../db/repositories/broadcasts-slack';
import { channelTopic } from '../../domain/broadcasts/channel-name';
import type { Incident } from '../../domain/incident/types';
import { useSlackStatus } from '../slack/slackStatus';
import { explainFailure } from './explainFailure';
import { labelsFor, localTimeZone } from './messageLabels';
import type { BroadcastState } from './useBroadcastState';

/** Who records, and when: read when Slack has answered, not when the component rendered. */
function recordedNow(operator: string) {
  return { now: Date.now(), actor: actorName(operator) };
}

export type Keeper = {
  topic: string;
  newcomers: Invitee[];
  error: string | null;
  invite: () => Promise<void>;
};

/**
 * Keeps the war-room channel current without the IC: checked-in responders with a Slack ID are invited, and the
 * topic follows severity, status, IC and next update. Each change is tried once per state, so a refusal shows
 * instead of looping, and each one Slack confirms is logged.
 */
export function useWarRoomKeeper(incident: Incident, state: BroadcastState): Keeper {
  const { t, i18n } = useTranslation();
  const [operator] = useOperator();
  const connected = useSlackStatus()?.connected === true;
  const invitees = useSlackInvitees(incident.id);
  const channel = state.plan.warRoomChannel;
  const tried = useRef(new Set<string>());
  const [error, setError] = useState<string | null>(null);
  const topic = channelTopic(
    {
      severity: incident.severity,
      status: incident.status,
      commanderName: incident.commanderName,
      nextUpdateBy: state.due.dueAt,
      now: state.now,
      timeZone: localTimeZone(),
    },
    labelsFor(i18n.language),
  );
  const newcomers = (invitees ?? []).filter((p) => !channel?.invitedSlackUserIds.includes(p.slackUserId));
  const active = connected && channel !== null && channel.archivedAt === null;

  async function invite() {
    if (channel === null || newcomers.length === 0) return;
    const answer = await call('slack:invite', {
      channel: channel.channelId,
      userIds: newcomers.map((p) => p.slackUserId),
    });
    if (!answer.ok) return setError(explainFailure(t, answer.error));
    setError(null);
    await recordInvited(db, incident.id, newcomers, recordedNow(operator));
  }

  const newcomerKey = newcomers.map((p) => p.slackUserId).join(',');
  useEffect(() => {
    if (!active || newcomerKey === '' || tried.current.has(`invite:${newcomerKey}`)) return;
    tried.current.add(`invite:${newcomerKey}`);
    void invite();
    // Runs when the people to invite change; `invite` reads them from this render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, newcomerKey]);

  useEffect(() => {
    if (!active || channel === null || channel.topic === topic || tried.current.has(`topic:${topic}`)) return;
    tried.current.add(`topic:${topic}`);
    void (async () => {
      const answer = await call('slack:set-topic', { channel: channel.channelId, topic });
      if (!answer.ok) return setError(explainFailure(t, answer.error));
      setError(null);
      await recordTopicSet(db, incident.id, topic, recordedNow(operator));
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active, channel?.channelId, channel?.topic, topic]);

  return { topic, newcomers, error, invite };
}
