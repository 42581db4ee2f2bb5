/** Open tasks per person: the roster's count and the input of the load nudge. */
import { countsAsLoad, type Task } from './types';

/** Open incident tasks (follow-ups excluded) each owner holds; people with none are absent. */
export function openTasksByPerson(tasks: readonly Task[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const task of tasks) {
    if (task.ownerId !== null && countsAsLoad(task))
      counts.set(task.ownerId, (counts.get(task.ownerId) ?? 0) + 1);
  }
  return counts;
}

/** The middle value (mean of the two middle ones for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const ordered = [...values].sort((a, b) => a - b);
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 === 1
    ? (ordered[middle] ?? 0)
    : ((ordered[middle - 1] ?? 0) + (ordered[middle] ?? 0)) / 2;
}
