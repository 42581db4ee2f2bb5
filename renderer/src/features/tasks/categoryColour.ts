import type { TaskCategory } from '../../domain/tasks/types';

/** One colour per category, the same on every card: red bleeds, orange restores, blue keeps, grey follows. */
export const categoryColour: Record<TaskCategory, string> = {
  'stop-the-bleeding': 'error.main',
  'restore-service': 'warning.main',
  'preserve-evidence': 'info.main',
  'follow-up': 'text.secondary',
};
