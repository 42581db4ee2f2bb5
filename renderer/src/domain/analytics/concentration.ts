/**
 * Is the load concentrated on a few heroes? DOMAIN.md asks analytics to show it; these figures are what the
 * IC reads at a glance: the busiest person's share of open tasks, a Gini coefficient, and a nudge.
 */

/** Open tasks per person id; pass only the people the figure is about (e.g. those checked in). */
export type OpenTasksByPerson = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

export type BusiestPerson = {
  personId: string;
  /** Their open tasks divided by all open tasks, 0..1. */
  share: number;
  openTasks: number;
  totalOpen: number;
};

export const defaultConcentrationThreshold = 0.4;
export const defaultMinCheckedIn = 3;
/** One task is nobody's burden: "100% of the open tasks (1 of 1)" is not a hero carrying the incident. */
export const defaultMinTasksHeld = 2;

function isMap(openTasksByPerson: OpenTasksByPerson): openTasksByPerson is ReadonlyMap<string, number> {
  return openTasksByPerson instanceof Map;
}

function entriesOf(openTasksByPerson: OpenTasksByPerson): Array<[string, number]> {
  return isMap(openTasksByPerson) ? [...openTasksByPerson.entries()] : Object.entries(openTasksByPerson);
}

/**
 * Gini coefficient by the mean absolute difference, G = Σi Σj |xi − xj| / (2 n² mean): 0 when everyone holds
 * the same (or nothing), approaching 1 as one person holds everything ((n − 1)/n at most, so 0.75 for four
 * people). Values are counts, so non-negative.
 */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const total = values.reduce((sum, value) => sum + value, 0);
  if (n === 0 || total <= 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  // The sorted form of the same sum, O(n log n) instead of O(n²): G = 2 Σ i·x(i) / (n Σx) − (n + 1)/n.
  let weighted = 0;
  sorted.forEach((value, i) => {
    weighted += (i + 1) * value;
  });
  const g = (2 * weighted) / (n * total) - (n + 1) / n;
  return Math.max(0, g);
}

/**
 * The person holding the most open tasks (ties go to the smallest id, so the figure does not flicker).
 * `allOpen` is every open task of the incident, assigned or not: six unassigned tasks are work waiting
 * for hands, so the share is of all of it, not only of what the checked-in people hold.
 */
export function busiestShare(openTasksByPerson: OpenTasksByPerson, allOpen = 0): BusiestPerson | null {
  let totalOpen = 0;
  let busiest: [string, number] | null = null;
  for (const [personId, openTasks] of entriesOf(openTasksByPerson)) {
    totalOpen += openTasks;
    if (busiest === null || openTasks > busiest[1] || (openTasks === busiest[1] && personId < busiest[0])) {
      busiest = [personId, openTasks];
    }
  }
  // Never fewer than the people hold, so a stale or missing count cannot push a share over 100%.
  totalOpen = Math.max(totalOpen, allOpen);
  if (busiest === null || totalOpen <= 0 || busiest[1] <= 0) return null;
  return { personId: busiest[0], share: busiest[1] / totalOpen, openTasks: busiest[1], totalOpen };
}

/** The Gini coefficient of open tasks across the given people (e.g. those checked in). */
export function openTasksGini(openTasksByPerson: OpenTasksByPerson): number {
  return gini(entriesOf(openTasksByPerson).map(([, openTasks]) => openTasks));
}

export type ConcentrationNudgeInput = {
  /** Only checked-in people, including those holding nothing: they count towards `minCheckedIn`. */
  openTasksByPerson: OpenTasksByPerson;
  /** Every open incident task, assigned or not (follow-ups excluded); the share is of these. */
  allOpen?: number;
  /** Share of open tasks (0..1) from which one person is carrying too much; reached exactly, it nudges. */
  threshold?: number;
  /** Fewer people than this cannot spread the load, so no nudge. */
  minCheckedIn?: number;
  /** The busiest person must hold at least this many tasks for it to be a concentration. */
  minTasksHeld?: number;
};

/**
 * Nudges the IC when one person holds `threshold` or more of all open tasks while enough people are in,
 * and holds more than a single task.
 */
export function concentrationNudge({
  openTasksByPerson,
  allOpen = 0,
  threshold = defaultConcentrationThreshold,
  minCheckedIn = defaultMinCheckedIn,
  minTasksHeld = defaultMinTasksHeld,
}: ConcentrationNudgeInput): BusiestPerson | null {
  if (entriesOf(openTasksByPerson).length < minCheckedIn) return null;
  const busiest = busiestShare(openTasksByPerson, allOpen);
  if (busiest === null || busiest.openTasks < minTasksHeld) return null;
  return busiest.share >= threshold ? busiest : null;
}
