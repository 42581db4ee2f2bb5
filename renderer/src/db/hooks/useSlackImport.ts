import { useLiveQuery } from 'dexie-react-hooks';
import type { IncidentEvent } from '../../domain/log/events';
import type { KnownSlackMessage } from '../../domain/slack-import/reconcile';
import { db } from '../index';
import { currentSlackMessage } from '../repositories/slack-import';

/**
 * How an imported Slack message reads now (edited, deleted since), live; undefined for any other log line,
 * which reads nothing and so is never woken by a write.
 */
export function useSlackMessageNow(entry: IncidentEvent): KnownSlackMessage | undefined {
  return useLiveQuery(
    async () => (entry.type === 'slack.message-imported' ? currentSlackMessage(db, entry) : undefined),
    [entry.id],
  );
}
