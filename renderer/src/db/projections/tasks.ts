import { loadHolder, taskLoadTouch } from '../../domain/analytics/load-minutes';
import type { TaskEvent } from '../../domain/tasks/events';
import { projectTask } from '../../domain/tasks/project';
import { bumpTaskRevision, recordLoad } from './load';
import type { ProjectionHandlers, ProjectionTables } from './types';

async function apply(tables: ProjectionTables, event: TaskEvent): Promise<void> {
  const current = event.type === 'task.created' ? undefined : await tables.tasks.get(event.payload.taskId);
  const next = projectTask(current, event);
  await tables.tasks.put(next);
  await bumpTaskRevision(tables, event.incidentId);
  await recordLoad(tables, event, taskLoadTouch(event, loadHolder(current), loadHolder(next)));
}

export const taskProjection: ProjectionHandlers<TaskEvent> = {
  'task.created': apply,
  'task.assigned': apply,
  'task.status-changed': apply,
  'task.acknowledged': apply,
  'task.check-back-set': apply,
  'task.edited': apply,
};
