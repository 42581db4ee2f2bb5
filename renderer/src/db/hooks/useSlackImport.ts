import { useLiveQuery } from 'dexie-react-hooks';
import type { IncidentEvent } from '../../domain/log/events';
import type { KnownSlackMessage } from '../../domain/slack-import/reconcile';
import { db } from '../index';
import { currentSlackMessage, starReaction } from '../repositories/slack-import';

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

/** The reaction that stars a message at import; undefined while loading. */
export function useStarReaction(): string | undefined {
  return useLiveQuery(() => starReaction(db), []);
}
