import type { PostmortemEvent } from '../../domain/postmortem/events';
import type { ProjectionHandlers } from './types';

/**
 * Tags and the draft change no state table: both are read from their events by the
 * [incidentId+type] index, so they need no table of their own (and no new schema version).
 */
export const postmortemProjection: ProjectionHandlers<PostmortemEvent> = {
  'log.entry-tagged': async () => {},
  'postmortem.drafted': async () => {},
  'postmortem.section-edited': async () => {},
  'postmortem.section-regenerated': async () => {},
  'postmortem.status-changed': async () => {},
};
