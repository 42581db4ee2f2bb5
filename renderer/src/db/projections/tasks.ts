import type { TaskEvent } from '../../domain/tasks/events';
import { projectTask } from '../../domain/tasks/project';
import type { ProjectionHandlers, ProjectionTables } from './types';

async function apply(tables: ProjectionTables, event: TaskEvent): Promise<void> {
  const current = event.type === 'task.created' ? undefined : await tables.tasks.get(event.payload.taskId);
  await tables.tasks.put(projectTask(current, event));
}

export const taskProjection: ProjectionHandlers<TaskEvent> = {
  'task.created': apply,
  'task.assigned': apply,
  'task.status-changed': apply,
  'task.acknowledged': apply,
  'task.check-back-set': apply,
  'task.edited': apply,
};
