/** A runbook: the best known response to a kind of incident, as steps a newcomer can follow. */
import type { TaskCategory } from '../tasks/types';

/** Pseudo incident id for runbook events: runbooks belong to no incident, every incident can use them. */
export const runbookStream = 'runbooks';

export type RunbookStep = { title: string; description: string; category: TaskCategory };

/** What a runbook says, as written, imported or exported. */
export type RunbookDefinition = { name: string; description: string; steps: RunbookStep[] };

export type Runbook = RunbookDefinition & { id: string; createdAt: number; updatedAt: number };

export const runbookLimits = { maxSteps: 100, nameMaxLength: 120 } as const;
