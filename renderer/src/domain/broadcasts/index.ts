/** Stakeholder broadcasts: message building, escaping, Slack's limits, cadence, and the incident channel. */
export { escapeSlackText } from './escape';
export { buildBroadcastMessage, describeNextUpdate, type BroadcastDraft, type NextUpdate } from './message';
export { checkSlackLimits, slackLimits, type LimitProblem, type LimitProblemKind } from './limits';
export { prefillSections, type IncidentFacts, type LogFact, type OpenTaskFact } from './prefill';
export {
  broadcastDue,
  cadenceMinutes,
  defaultCadence,
  dueBroadcastAction,
  dueSoonMs,
  missedWhileClosed,
  nextUpdateBy,
  nothingChangedSince,
  overdueAfterMs,
  statusChangePrompt,
  type BroadcastDue,
  type BroadcastSnapshot,
  type Cadence,
  type CadenceInput,
  type DueBroadcastAction,
  type DueState,
} from './cadence';
export {
  channelNameMaxLength,
  channelTopic,
  channelTopicMaxLength,
  incidentChannelName,
  withSuffix,
  type ChannelTopicInput,
} from './channel-name';
export { englishLabels, type BroadcastLabels } from './labels';
export { formatCalendarDate, formatClock, formatClockOnDay, formatDueTime, formatZoneName } from './time';
export * from './types';
export * from './events';
export * from './plan';
export * from './outbox';
export { broadcastNudges, type BroadcastNudge, type BroadcastNudgeInput } from './nudges';
export * from './record';
export { checkCadence, checkCadenceChoice, checkChannels, channelIdPattern, readCadence } from './rules';
export { decodeEntities, parseMrkdwn, parseMrkdwnLine, type MrkdwnSpan } from './mrkdwn';
