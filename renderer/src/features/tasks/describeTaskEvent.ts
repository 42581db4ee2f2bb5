import type { TFunction } from 'i18next';
import type { RunbookEvent } from '../../domain/runbooks/events';
import type { TaskEvent } from '../../domain/tasks/events';

/** The log line for a change on the task board (or a runbook applied to it), in the IC's language. */
export function describeTaskEvent(t: TFunction, event: TaskEvent | RunbookEvent): string {
  const status = (s: string) => t(`tasks.statuses.${s}`);
  switch (event.type) {
    case 'task.created': {
      const { title, category, origin } = event.payload;
      const values = {
        title,
        category: t(`tasks.categories.${category}`),
        runbook: origin?.runbookName ?? '',
      };
      return origin === null ? t('tasks.log.created', values) : t('tasks.log.createdFromRunbook', values);
    }
    case 'task.assigned': {
      const { title, from, to, checkBackAt } = event.payload;
      if (from !== null)
        return t('tasks.log.reassigned', { title, from: from.personName, to: to.personName });
      if (checkBackAt === null) return t('tasks.log.assignedFollowUp', { title, to: to.personName });
      const minutes = Math.round((checkBackAt - event.ts) / 60_000);
      return t('tasks.log.assigned', { title, to: to.personName, minutes });
    }
    case 'task.status-changed': {
      const { title, from, to, reason } = event.payload;
      const values = { title, from: status(from), to: status(to), reason };
      return reason === ''
        ? t('tasks.log.statusChanged', values)
        : t('tasks.log.statusChangedReason', values);
    }
    case 'task.acknowledged':
      return t('tasks.log.acknowledged', { name: event.payload.personName, title: event.payload.title });
    case 'task.check-back-set':
      return t('tasks.log.checkBackSet', {
        title: event.payload.title,
        minutes: event.payload.timeBoxMinutes,
      });
    case 'task.edited': {
      const { title, previousTitle } = event.payload;
      return title === previousTitle
        ? t('tasks.log.edited', { title })
        : t('tasks.log.renamed', { title, previous: previousTitle });
    }
    case 'runbook.applied':
      return t('tasks.log.runbookApplied', {
        name: event.payload.runbookName,
        count: event.payload.taskCount,
      });
    case 'runbook.saved':
      return event.payload.runbook.name;
    case 'runbook.deleted':
      return event.payload.name;
  }
}
