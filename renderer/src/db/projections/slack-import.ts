import type { SlackImportEvent } from '../../domain/slack-import/events';
import type { ProjectionHandlers } from './types';

/**
 * Nothing to project: an imported message is its own log line, and its current text (edited, deleted) is read
 * from its events by the [incidentId+type] index, which a live log row and an import both ask for.
 */
export const slackImportProjection: ProjectionHandlers<SlackImportEvent> = {
  'slack.message-imported': async () => {},
  'slack.message-edited': async () => {},
  'slack.message-deleted': async () => {},
};
