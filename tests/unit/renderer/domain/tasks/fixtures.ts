import type { TeamMember } from '../../../../../renderer/src/domain/tasks/nudges';
import type { Task } from '../../../../../renderer/src/domain/tasks/types';

export const at = (iso: string) => Date.parse(iso);
export const t0 = at('2026-11-24T02:00:00Z');
export const minutes = (n: number) => n * 60_000;

/** A task as the projector would store it; override what the test is about. */
export function task(id: string, change: Partial<Task> = {}): Task {
  return {
    id,
    incidentId: 'inc',
    title: `Task ${id}`,
    description: '',
    category: 'restore-service',
    ownerId: null,
    ownerName: null,
    status: 'todo',
    statusReason: '',
    checkBackAt: null,
    timeBoxMinutes: 15,
    acknowledged: false,
    dueAt: null,
    origin: null,
    createdAt: t0,
    updatedAt: t0,
    ...change,
  };
}

/** A task owned by someone, with its check-back `checkBackIn` minutes after t0. */
export function owned(id: string, owner: string, change: Partial<Task> = {}, checkBackIn = 15): Task {
  return task(id, { ownerId: owner, ownerName: owner, checkBackAt: t0 + minutes(checkBackIn), ...change });
}

export function member(name: string, change: Partial<TeamMember> = {}): TeamMember {
  return { personId: name, name, standing: 'on-duty', since: t0, isCommander: false, ...change };
}
