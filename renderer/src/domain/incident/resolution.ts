/**
 * What resolving an incident settles, as pure rules: the work still open on the board, and when the
 * time of the people still checked in stops counting as work.
 */
import { isOpen, type Task } from '../tasks/types';

/** What the IC does with each open task when resolving: keep it as a follow-up, or drop it with a reason. */
export const openTaskChoices = ['follow-up', 'drop'] as const;
export type OpenTaskChoice = (typeof openTaskChoices)[number];

/**
 * The open incident work the IC must settle before resolving. Open follow-ups are already work for
 * after the incident, so they stay as they are (with their owner and due date).
 */
export function tasksToSettle<T extends Pick<Task, 'status' | 'category'>>(tasks: readonly T[]): T[] {
  return tasks.filter((task) => isOpen(task) && task.category !== 'follow-up');
}

/**
 * When a stay on an incident stops counting as work: its check-out, or the incident's resolution if
 * that came first (someone left checked in on a resolved incident is not working through the night).
 * Never before the stay began; null while neither has happened.
 */
export function stayEnd(
  stay: { checkedInAt: number; checkedOutAt: number | null },
  resolvedAt: number | null | undefined,
): number | null {
  const ends = [stay.checkedOutAt, resolvedAt ?? null].filter((end): end is number => end !== null);
  return ends.length === 0 ? null : Math.max(stay.checkedInAt, Math.min(...ends));
}

/** When each resolved incident was resolved, by id: what `stayEnd` needs across incidents. */
export function resolutionTimes(
  incidents: readonly ({ id: string; resolvedAt: number | null } | undefined)[],
): Map<string, number> {
  const ends = new Map<string, number>();
  for (const incident of incidents) {
    if (incident !== undefined && incident.resolvedAt !== null) ends.set(incident.id, incident.resolvedAt);
  }
  return ends;
}
