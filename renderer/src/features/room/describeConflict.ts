import type { TFunction } from 'i18next';
import type { ConflictRecorded, ConflictSide } from '../../domain/room/events';

/** A decided value in the reader's words: statuses translated, names and severities as they are. */
function worded(t: TFunction, event: ConflictRecorded, value: string): string {
  switch (event.payload.kind) {
    case 'incident-status':
      return t(`status.${value}`);
    case 'task-status':
      return t(`tasks.statuses.${value}`);
    default:
      return value;
  }
}

/** The log line of a conflict: who decided what on each side, and which decision stands. */
export function describeConflict(t: TFunction, event: ConflictRecorded): string {
  const { kind, subject, won, lost } = event.payload;
  const title = 'title' in subject ? subject.title : '';
  const side = (s: ConflictSide) => worded(t, event, s.decided.to);
  const words = { wonActor: won.actor, lostActor: lost.actor, won: side(won), lost: side(lost), title };
  if (kind === 'task-owner-left' || kind === 'command-to-left' || kind === 'commander-checked-out')
    return t(`events.conflict.${kind}`, words);
  return t('events.conflict.decided', { ...words, what: t(`events.conflict.what.${kind}`, { title }) });
}
