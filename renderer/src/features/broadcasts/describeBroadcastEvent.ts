import type { TFunction } from 'i18next';
import { isDrillSandbox } from '../../domain/broadcasts/drill';
import type { BroadcastEvent } from '../../domain/broadcasts/events';
import type { CadenceChoice, ChannelRef } from '../../domain/broadcasts/plan';
import { explainFailure } from './explainFailure';

function channelList(t: TFunction, channels: readonly ChannelRef[]): string {
  return channels.length === 0
    ? t('broadcasts.events.none')
    : channels
        .map((c) => (isDrillSandbox(c.channelId) ? t('drillSandbox.delivery.theDrill') : `#${c.channelName}`))
        .join(', ');
}

/** How an incident's cadence reads in the log and the settings. */
export function describeCadenceChoice(t: TFunction, choice: CadenceChoice, teamDefault: string): string {
  switch (choice.kind) {
    case 'settings':
      return t('broadcasts.plan.followSettings', { cadence: teamDefault });
    case 'every':
      return t('broadcasts.cadenceText.every', { count: choice.minutes });
    case 'status-change':
      return t('broadcasts.cadenceText.statusOnly');
  }
}

/** The log line for a broadcast or a change to the incident's Slack channel, in the IC's language. */
export function describeBroadcastEvent(t: TFunction, event: BroadcastEvent): string {
  switch (event.type) {
    case 'broadcast.queued':
      return t('broadcasts.events.queued', {
        channels: channelList(t, event.payload.channels),
        template: t(`broadcasts.templates.${event.payload.template}`),
        trigger: t(`broadcasts.triggers.${event.payload.trigger}`),
      });
    case 'broadcast.sent':
      if (isDrillSandbox(event.payload.channelId)) return t('drillSandbox.logSent');
      return t('broadcasts.events.sent', {
        channel: event.payload.channelName,
        permalink: event.payload.permalink,
      });
    case 'broadcast.failed':
      return t('broadcasts.events.failed', {
        channel: event.payload.channelName,
        reason: explainFailure(t, {
          code: event.payload.code,
          message: event.payload.message,
          ...(event.payload.slackError === null ? {} : { slackError: event.payload.slackError }),
        }),
      });
    case 'broadcast.duplicate-removed':
      return t('broadcasts.events.duplicateRemoved', { channel: event.payload.channelName });
    case 'broadcast.retried':
      return t('broadcasts.events.retried', { channel: event.payload.channelName });
    case 'broadcast.discarded':
      return t('broadcasts.events.discarded', { channel: event.payload.channelName });
    case 'broadcast.plan-changed':
      return t('broadcasts.events.planChanged', {
        channels: channelList(t, event.payload.stakeholderChannels),
        cadence: describeCadenceChoice(t, event.payload.cadence, t('broadcasts.teamCadence')),
        autoSend: t(
          event.payload.autoSend ? 'broadcasts.cadenceText.autoSendOn' : 'broadcasts.cadenceText.autoSendOff',
        ),
      });
    case 'broadcast.cadence-changed':
      return t('broadcasts.teamCadence');
    case 'slack.channel-created':
      return t('broadcasts.events.channelCreated', { channel: event.payload.channelName });
    case 'slack.responders-invited':
      return t('broadcasts.events.invited', {
        channel: event.payload.channelName,
        names: event.payload.people.map((person) => person.personName).join(', '),
      });
    case 'slack.topic-set':
      return t('broadcasts.events.topicSet', {
        channel: event.payload.channelName,
        topic: event.payload.topic,
      });
    case 'slack.channel-archived':
      return t('broadcasts.events.archived', { channel: event.payload.channelName });
  }
}
