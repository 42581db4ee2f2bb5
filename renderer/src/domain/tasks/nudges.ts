/**
 * What the board nags the IC about: tasks nobody owns, check-backs that came and went, work
 * stranded with someone resting or gone, and one person holding much more than the others.
 */
import { checkBackOf } from './checkBack';
import { countsAsLoad, isOpen, type Task } from './types';
import { median } from './load';

export type TaskNudgeSeverity = 'info' | 'warning' | 'critical';

/** Where someone who was on the incident stands now; `since` is when that began. */
export type TeamMember = {
  personId: string;
  name: string;
  standing: 'on-duty' | 'resting' | 'checked-out';
  since: number;
  isCommander: boolean;
};

type Base = { id: string; severity: TaskNudgeSeverity; dueAt: number };
type About = { personId: string; personName: string };

export type TaskNudge =
  | (Base & {
      kind: 'assign-tasks';
      facts: { count: number; taskIds: string[]; firstTitle: string; waitingSince: number };
    })
  | (Base &
      About & {
        kind: 'check-back-overdue';
        facts: { taskId: string; title: string; checkBackAt: number; overdueMinutes: number };
      })
  | (Base &
      About & {
        kind: 'reassign-tasks';
        facts: { count: number; taskIds: string[]; standing: 'resting' | 'checked-out'; since: number };
      })
  | (Base & About & { kind: 'task-load'; facts: { count: number; othersMedian: number; taskIds: string[] } });

/** An unassigned task is a defect; after five minutes without an owner it is a critical one. */
export const unassignedCriticalAfterMs = 5 * 60_000;
/** "Much more than the others": at least this many open tasks… */
export const loadMinimumTasks = 3;
/** …and at least this many times the median of the other responders at work. */
export const loadFactor = 2;

function unassigned(tasks: readonly Task[], now: number): TaskNudge[] {
  const waiting = tasks
    .filter((t) => t.ownerId === null && isOpen(t))
    .sort((a, b) => a.createdAt - b.createdAt);
  const first = waiting[0];
  if (first === undefined) return [];
  return [
    {
      id: 'tasks:unassigned',
      kind: 'assign-tasks',
      severity: now - first.createdAt >= unassignedCriticalAfterMs ? 'critical' : 'warning',
      dueAt: first.createdAt,
      facts: {
        count: waiting.length,
        taskIds: waiting.map((t) => t.id),
        firstTitle: first.title,
        waitingSince: first.createdAt,
      },
    },
  ];
}

function overdue(tasks: readonly Task[], now: number): TaskNudge[] {
  return tasks.flatMap((task): TaskNudge[] => {
    const state = checkBackOf(task, now);
    if (state.kind !== 'overdue' || task.ownerId === null) return [];
    return [
      {
        id: `check-back:${task.id}`,
        kind: 'check-back-overdue',
        // Missing a whole second time-box means nobody has looked at this task for too long.
        severity: state.overdueMs >= task.timeBoxMinutes * 60_000 ? 'critical' : 'warning',
        dueAt: state.at,
        personId: task.ownerId,
        personName: task.ownerName ?? '',
        facts: {
          taskId: task.id,
          title: task.title,
          checkBackAt: state.at,
          overdueMinutes: Math.floor(state.overdueMs / 60_000),
        },
      },
    ];
  });
}

function loadByPerson(tasks: readonly Task[]): Map<string, Task[]> {
  const byPerson = new Map<string, Task[]>();
  for (const task of tasks) {
    if (!countsAsLoad(task) || task.ownerId === null) continue;
    const held = byPerson.get(task.ownerId);
    if (held === undefined) byPerson.set(task.ownerId, [task]);
    else held.push(task);
  }
  return byPerson;
}

function stranded(held: Map<string, Task[]>, team: readonly TeamMember[]): TaskNudge[] {
  return team.flatMap((member): TaskNudge[] => {
    const tasks = held.get(member.personId) ?? [];
    if (member.standing === 'on-duty' || tasks.length === 0) return [];
    return [
      {
        id: `reassign:${member.personId}`,
        kind: 'reassign-tasks',
        severity: member.standing === 'checked-out' ? 'critical' : 'warning',
        dueAt: member.since,
        personId: member.personId,
        personName: member.name,
        facts: {
          count: tasks.length,
          taskIds: tasks.map((t) => t.id),
          standing: member.standing,
          since: member.since,
        },
      },
    ];
  });
}

/**
 * Load concentrated on one hero: someone at work holding at least 3 open tasks and at least twice
 * the median of the others at work. The commander is left out on both sides: the IC delegates and
 * is no one to share tasks with.
 */
function concentrated(held: Map<string, Task[]>, team: readonly TeamMember[]): TaskNudge[] {
  const atWork = team.filter((m) => m.standing === 'on-duty' && !m.isCommander);
  return atWork.flatMap((member): TaskNudge[] => {
    const tasks = held.get(member.personId) ?? [];
    const others = atWork
      .filter((m) => m.personId !== member.personId)
      .map((m) => held.get(m.personId)?.length ?? 0);
    if (tasks.length < loadMinimumTasks || others.length === 0) return [];
    const othersMedian = median(others);
    if (tasks.length < loadFactor * othersMedian) return [];
    return [
      {
        id: `load:${member.personId}`,
        kind: 'task-load',
        severity: 'info',
        dueAt: Math.min(...tasks.map((t) => t.createdAt)),
        personId: member.personId,
        personName: member.name,
        facts: { count: tasks.length, othersMedian, taskIds: tasks.map((t) => t.id) },
      },
    ];
  });
}

const severityRank: Record<TaskNudgeSeverity, number> = { critical: 2, warning: 1, info: 0 };

/** The board's nudges at `now`, most urgent first; a pure function of the tasks and who is on the incident. */
export function taskNudges(input: {
  tasks: readonly Task[];
  team: readonly TeamMember[];
  now: number;
}): TaskNudge[] {
  const { tasks, team, now } = input;
  const held = loadByPerson(tasks);
  return [
    ...unassigned(tasks, now),
    ...overdue(tasks, now),
    ...stranded(held, team),
    ...concentrated(held, team),
  ].sort(
    (a, b) =>
      severityRank[b.severity] - severityRank[a.severity] || a.dueAt - b.dueAt || a.id.localeCompare(b.id),
  );
}
