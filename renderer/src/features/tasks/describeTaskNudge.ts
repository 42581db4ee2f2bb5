import type { TFunction } from 'i18next';
import type { TaskNudge } from '../../domain/tasks/nudges';

/** A task nudge in the IC's words: what to do about whom, and the number that says why. */
export function describeTaskNudge(t: TFunction, nudge: TaskNudge): string {
  switch (nudge.kind) {
    case 'assign-tasks':
      return t('tasks.nudges.assign-tasks', { count: nudge.facts.count, title: nudge.facts.firstTitle });
    case 'check-back-overdue':
      return t('tasks.nudges.check-back-overdue', {
        name: nudge.personName,
        title: nudge.facts.title,
        minutes: nudge.facts.overdueMinutes,
      });
    case 'reassign-tasks':
      return t(`tasks.nudges.reassign-tasks-${nudge.facts.standing}`, {
        name: nudge.personName,
        count: nudge.facts.count,
      });
    case 'task-load':
      return t('tasks.nudges.task-load', {
        name: nudge.personName,
        count: nudge.facts.count,
        median: nudge.facts.othersMedian,
      });
  }
}
