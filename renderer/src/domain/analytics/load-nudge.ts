/**
 * The concentration nudge: one person holds a large share of the open tasks while others are there to
 * share them. Read from the roster (which already counts each responder's open tasks from the task board),
 * so the cockpit never replays the log to raise it.
 */
import type { Roster } from '../roster/roster';
import type { LoadThresholds } from '../settings/load-settings';
import { isOpen, type Task } from '../tasks/types';
import { busiestShare, concentrationNudge, openTasksGini } from './concentration';

export type LoadNudge = {
  id: string;
  kind: 'load-concentration';
  severity: 'warning';
  /** The nudge has no deadline of its own; it sorts as due now. */
  dueAt: number;
  personId: string;
  personName: string;
  facts: {
    /** The busiest person's share of the open tasks, 0..1. */
    share: number;
    openTasks: number;
    totalOpen: number;
    checkedIn: number;
    thresholdPercent: number;
  };
};

/** What the load panel shows at a glance: the busiest responder's share and the Gini coefficient. */
export type Concentration = {
  busiest: { personId: string; personName: string; share: number; openTasks: number } | null;
  totalOpen: number;
  gini: number;
  checkedIn: number;
};

function openTasksOnDuty(roster: Roster): Map<string, number> {
  return new Map(roster.onDuty.map((entry) => [entry.person.id, entry.openTasks]));
}

function nameIn(roster: Roster, personId: string): string {
  return roster.onDuty.find((entry) => entry.person.id === personId)?.person.name ?? personId;
}

/** Open incident tasks, assigned or not: the whole of the work the busiest person's share is taken of. */
export function openTaskCount(tasks: readonly Pick<Task, 'status' | 'category'>[]): number {
  return tasks.filter((task) => task.category !== 'follow-up' && isOpen(task)).length;
}

/** The concentration figures across the checked-in responders (resting ones included: they hold tasks too). */
export function concentrationOf(roster: Roster): Concentration {
  const openTasks = openTasksOnDuty(roster);
  const busiest = busiestShare(openTasks);
  return {
    busiest:
      busiest === null
        ? null
        : {
            personId: busiest.personId,
            personName: nameIn(roster, busiest.personId),
            share: busiest.share,
            openTasks: busiest.openTasks,
          },
    totalOpen: busiest?.totalOpen ?? 0,
    gini: openTasksGini(openTasks),
    checkedIn: openTasks.size,
  };
}

/**
 * Nudges the IC when one checked-in responder holds the set share of all open tasks or more (`allOpen`,
 * unassigned ones included; see `openTaskCount`), and more than one task.
 */
export function loadNudges(
  roster: Roster,
  thresholds: LoadThresholds,
  now: number,
  allOpen: number,
): LoadNudge[] {
  const openTasks = openTasksOnDuty(roster);
  const busiest = concentrationNudge({
    openTasksByPerson: openTasks,
    allOpen,
    threshold: thresholds.concentrationPercent / 100,
    minCheckedIn: thresholds.minCheckedIn,
  });
  if (busiest === null) return [];
  return [
    {
      id: `concentration:${busiest.personId}`,
      kind: 'load-concentration',
      severity: 'warning',
      dueAt: now,
      personId: busiest.personId,
      personName: nameIn(roster, busiest.personId),
      facts: {
        share: busiest.share,
        openTasks: busiest.openTasks,
        totalOpen: busiest.totalOpen,
        checkedIn: openTasks.size,
        thresholdPercent: thresholds.concentrationPercent,
      },
    },
  ];
}
