/** The Slack service's public surface: the client, its types and the error mapping. */
export {
  createSlackClient,
  type ListChannelsOptions,
  type SlackClient,
  type SlackClientOptions,
} from './client';
export {
  SlackServiceError,
  mapSlackError,
  type CallKind,
  type SlackErrorCode,
  type SlackFailure,
} from './errors';
export * from './types';
export {
  checkDrillPost,
  drillSandboxError,
  isDrillText,
  type DrillPost,
  type DrillRefusal,
} from './drill-guard';
